package uk.send.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * "Today" and "now" come from the injected Clock (Europe/London), so tests and reports can fix them. Reads
 * every module's main sources (this module's tests run with the others beside it); the one place the clock
 * is made is the domain's {@code TimeConfiguration}.
 */
class TimeComesFromTheInjectedClockTest {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final List<Path> SOURCES = Stream.of("send-domain", "send-pathway", "send-funding", "send-commissioning",
                    "send-web")
            .map(module -> ROOT.resolve(module).resolve("src/main/java")).filter(Files::isDirectory).toList();
    static final Path CLOCK_MADE_HERE = ROOT.resolve("send-domain/src/main/java/uk/send/domain/support/TimeConfiguration.java");
    static final Pattern SYSTEM_TIME = Pattern.compile(
            "\\b(Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime)\\.now\\(\\s*\\)|Clock\\.system");

    @Test
    void no_main_class_reads_the_system_clock_around_the_injected_one() throws IOException {
        List<Path> offenders = new ArrayList<>();
        for (Path sources : SOURCES) {
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(file -> file.toString().endsWith(".java")).filter(file -> !file.equals(CLOCK_MADE_HERE))
                        .filter(TimeComesFromTheInjectedClockTest::readsTheSystemClock)
                        .forEach(offenders::add);
            }
        }

        assertThat(SOURCES).hasSizeGreaterThanOrEqualTo(3);
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
