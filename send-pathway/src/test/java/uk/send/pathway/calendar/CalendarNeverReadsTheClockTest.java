package uk.send.pathway.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** "Today" is always passed in, so every deadline is reproducible in a test and in a report run for a past date. */
class CalendarNeverReadsTheClockTest {

    static final Path SOURCES = Path.of("src/main/java/uk/send/pathway/calendar");

    @Test
    void no_class_in_the_calendar_package_asks_the_system_clock_for_the_date() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Files.list(SOURCES)) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(CalendarNeverReadsTheClockTest::readsTheClock)
                    .toList();
        }

        assertThat(SOURCES).isDirectory();
        assertThat(offenders).isEmpty();
    }

    private static boolean readsTheClock(Path file) {
        try {
            String source = Files.readString(file);
            return source.contains(".now(") || source.contains("Clock.system") || source.contains("currentTimeMillis");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
