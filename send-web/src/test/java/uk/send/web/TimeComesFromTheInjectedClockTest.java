package uk.send.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** "Today" and "now" come from the injected Clock (Europe/London), so tests and reports can fix them. */
class TimeComesFromTheInjectedClockTest {

    static final Path SOURCES = Path.of("src/main/java");
    static final Pattern SYSTEM_TIME = Pattern.compile(
            "\\b(Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime)\\.now\\(\\s*\\)|Clock\\.system");

    @Test
    void no_main_class_reads_the_system_clock_around_the_injected_one() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(TimeComesFromTheInjectedClockTest::readsTheSystemClock)
                    .toList();
        }

        assertThat(SOURCES).isDirectory();
        assertThat(offenders).isEmpty();
    }

    private static boolean readsTheSystemClock(Path file) {
        try {
            return SYSTEM_TIME.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
