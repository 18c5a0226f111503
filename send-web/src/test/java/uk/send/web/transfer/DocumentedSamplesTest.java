package uk.send.web.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The synthetic samples in docs/samples are files the service takes: each migration sample has exactly its
 * template's columns, in the template's order, and every row passes the file's own checks (the settings the
 * samples name, URNs 990001 and 990002, as the demo council's); the GIAS sample reads as an extract of LA 999.
 * And docs/data-formats.md names every template's sample, so a new template cannot go undocumented.
 */
class DocumentedSamplesTest {

    static final Path SAMPLES = Path.of("..", "docs", "samples");
    static final Map<String, Long> SETTINGS = Map.of("990001", 1L, "990002", 2L);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void each_migration_sample_has_its_templates_columns_and_every_row_passes_the_files_checks() throws Exception {
        assertSample("children-sample.csv", ChildrenFile.COLUMNS, ChildrenFile::check);
        assertSample("plans-sample.csv", PlansFile.COLUMNS, PlansFile::check);
        assertSample("sen-support-sample.csv", SupportFile.COLUMNS, SupportFile::check);
        assertSample("awards-sample.csv", AwardsFile.COLUMNS, AwardsFile::check);
    }

    @Test
    void the_gias_sample_reads_as_the_councils_extract() throws Exception {
        byte[] content = Files.readAllBytes(SAMPLES.resolve("gias-establishments-sample.csv"));
        assertThat(GiasExtract.read(content, new ImportSettings("999", DataSize.ofMegabytes(20), 1000))).isNotEmpty();
    }

    @Test
    void the_data_formats_document_links_every_sample_and_names_every_template() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "data-formats.md"), StandardCharsets.UTF_8);
        try (var files = Files.list(SAMPLES)) {
            files.map(f -> f.getFileName().toString()).forEach(name ->
                    assertThat(doc).as(name).contains("(samples/" + name + ")"));
        }
        for (String template : List.of("children", "plans", "sen-support", "awards")) {
            assertThat(doc).contains("/admin/imports/templates/" + template + ".csv");
        }
    }

    private interface Checker<T> {
        FileRows<T> check(UploadedCsv csv, Map<String, Long> settingIds, LocalDate today);
    }

    private static <T> void assertSample(String name, List<String> columns, Checker<T> checker) throws Exception {
        byte[] content = Files.readAllBytes(SAMPLES.resolve(name));
        String header = new String(content, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertThat(header).as(name + " has the template's columns, in order").isEqualTo(String.join(",", columns));
        UploadedCsv csv = UploadedCsv.read(content, 1000, new LinkedHashSet<>(columns));
        FileRows<T> rows = checker.check(csv, SETTINGS, TODAY);
        assertThat(rows.problems()).as(name + " rows refused").isEmpty();
        assertThat(rows.rows()).as(name).isNotEmpty();
    }
}
