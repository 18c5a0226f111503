package uk.send.domain.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The figures the proof tests measure (axe violations, HTML errors, pages overflowing at 375 px, cross-scope attempts
 * refused, malformed posts and server errors, parallel approvals), one line each, appended to
 * {@code target/ci-figures.txt} of the module under test ({@code -Dsend.ci-figures=FILE} to move it). Every test JVM
 * appends to the same file; {@code .ci/run} prints it at the end of the CI log, pass or fail, so a figure that moves
 * is seen without reading the whole log. No personal data: counts and route patterns only.
 */
public final class CiFigures {

    private CiFigures() {
    }

    /** Appends {@code "figure: value"}; a figure that cannot be written never fails the test that measured it. */
    public static synchronized void record(String figure, Object value) {
        Path file = Path.of(System.getProperty("send.ci-figures", "target/ci-figures.txt"));
        String line = figure + ": " + value + System.lineSeparator();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("could not record the CI figure " + line.strip() + ": " + e.getMessage());
        }
        System.out.print("CI figure " + line);
    }
}
