package uk.send.web.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.Upn;
import uk.send.domain.testing.Fixtures;
import uk.send.domain.transfer.DataImports;
import uk.send.domain.transfer.ImportKind;
import uk.send.domain.transfer.ImportStatus;
import uk.send.domain.transfer.ImportView;

/**
 * A 50,000-row children migration file, checked and imported by the background worker as the page would start
 * it; then imported again (every row unchanged). Run on demand ({@code -Dsend.performance=true}): the figures go
 * in docs/performance.md.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "send.performance", matches = "true")
class ChildrenImportPerformanceTest {

    static final int ROWS = 50_000;

    @Autowired
    Fixtures fixtures;
    @Autowired
    ReferenceData reference;
    @Autowired
    DataImports imports;
    @Autowired
    ChildrenImportWorker worker;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fifty_thousand_children_import_in_under_a_minute_and_again_change_nothing() {
        AccountView account = fixtures.account(Role.ADMIN, null, Set.of());
        Viewer admin = new Viewer(account.id(), account.email(), Role.ADMIN, Set.of(), null);
        FootprintView footprint = fixtures.footprint();
        reference.coverPostcodes(footprint.id(), List.of("ZX"), admin);
        StringBuilder csv = new StringBuilder(String.join(",", ChildrenFile.COLUMNS)).append("\r\n");
        LocalDate born = LocalDate.of(2012, 1, 1);
        for (int i = 0; i < ROWS; i++) {
            csv.append("PERF-").append(i).append(",Given").append(i % 500).append(",Family").append(i).append(',')
                    .append(born.plusDays(i % 4000)).append(',').append(Upn.generate(997, i / 1000, 12, i % 1000).value())
                    .append(",,ZX").append(1 + i % 9).append(" 1AA,,Sam,Family").append(i)
                    .append(",PARENT,yes,,01632 960000,\r\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        long first = timed(file, admin, "50,000 children added");
        long second = timed(file, admin, "50,000 unchanged");

        System.out.printf("children import: %d rows, %.1f MB: first %d ms, again %d ms%n", ROWS, file.length / 1e6,
                first, second);
        assertThat(jdbc.sql("select count(*) from child where migration_reference like 'PERF-%'").query(Long.class).single())
                .isEqualTo(ROWS);
        assertThat(jdbc.sql("select children from child_count where footprint_id = :f and sen_provision = 'N' and primary_need = ''")
                .param("f", footprint.id()).query(Long.class).single()).as("counted once, at the end").isEqualTo(ROWS);
        assertThat(Duration.ofMillis(first)).isLessThan(Duration.ofMinutes(1));
    }

    private long timed(byte[] file, Viewer admin, String expected) {
        long id = imports.upload(ImportKind.CHILDREN, ImportStatus.QUEUED, "perf.csv", file, admin);
        long start = System.nanoTime();
        worker.run(id, admin);
        long millis = (System.nanoTime() - start) / 1_000_000;
        ImportView done = imports.find(id, admin);
        assertThat(done.status()).as(done.summary()).isEqualTo(ImportStatus.DONE);
        assertThat(done.summary()).contains(expected);
        return millis;
    }
}
