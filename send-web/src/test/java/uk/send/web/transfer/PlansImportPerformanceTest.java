package uk.send.web.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
import uk.send.domain.children.CarerDetails;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.MigratedChild;
import uk.send.domain.children.Relationship;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.Postcode;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingDetails;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.domain.transfer.DataImports;
import uk.send.domain.transfer.ImportKind;
import uk.send.domain.transfer.ImportStatus;
import uk.send.domain.transfer.ImportView;

/**
 * A 50,000-row EHC plans migration file for 50,000 children already imported, checked and imported by the
 * background worker as the page would start it (the census provision and the events after commit included);
 * then imported again (every plan already recorded). Run on demand ({@code -Dsend.performance=true}).
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "send.performance", matches = "true")
class PlansImportPerformanceTest {

    static final int ROWS = 50_000;

    @Autowired
    Fixtures fixtures;
    @Autowired
    ReferenceData reference;
    @Autowired
    ChildDirectory children;
    @Autowired
    DataImports imports;
    @Autowired
    ChildrenImportWorker worker;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fifty_thousand_plans_import_in_under_a_minute_and_again_change_nothing() {
        AccountView account = fixtures.account(Role.ADMIN, null, Set.of());
        Viewer admin = new Viewer(account.id(), account.email(), Role.ADMIN, Set.of(), null);
        FootprintView footprint = fixtures.footprint();
        reference.coverPostcodes(footprint.id(), List.of("ZV"), admin);
        SettingView school = reference.createSetting(new SettingDetails(String.valueOf(700000 + Fixtures.next()),
                "Performance School", SettingType.MAINSTREAM_MAINTAINED, Phase.PRIMARY, footprint.id(), null, true), admin);
        List<MigratedChild> rows = new ArrayList<>();
        LocalDate born = LocalDate.of(2012, 1, 1);
        for (int i = 0; i < ROWS; i++) {
            rows.add(new MigratedChild(i + 2, "PLANPERF-" + i, "Given", "Family" + i, born.plusDays(i % 2000), null, null,
                    Postcode.of("ZV" + (1 + i % 9) + " 1AA"), null,
                    new CarerDetails("Sam", "Family" + i, Relationship.PARENT, true, null, null, null, null)));
        }
        children.importChildren(rows, admin, done -> { }, 0L);
        StringBuilder csv = new StringBuilder(String.join(",", PlansFile.COLUMNS)).append("\r\n");
        String[] needs = {"ASD", "SEMH", "SLCN", "MLD", "SPLD"};
        for (int i = 0; i < ROWS; i++) {
            LocalDate issued = LocalDate.of(2020, 9, 1).plusDays(i % 1500);
            csv.append("PLANPERF-").append(i).append(",,").append(issued).append(i % 10 == 0 ? ",CEASED," : ",ACTIVE,")
                    .append(school.urn()).append(',').append(needs[i % needs.length]).append(',')
                    .append(i % 3 == 0 ? issued.plusYears(1).toString() : "").append(',')
                    .append(i % 10 == 0 ? issued.plusYears(2) + ",2" : ",").append("\r\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        long first = timed(file, admin, "50000 EHC plans added");
        long second = timed(file, admin, "50000 already recorded");

        System.out.printf("plans import: %d rows, %.1f MB: first %d ms, again %d ms%n", ROWS, file.length / 1e6, first,
                second);
        assertThat(jdbc.sql("""
                        select count(*) from ehc_plan p join child c on c.id = p.child_id
                        where c.migration_reference like 'PLANPERF-%'""").query(Long.class).single()).isEqualTo(ROWS);
        assertThat(jdbc.sql("select count(*) from child where migration_reference like 'PLANPERF-%' and sen_provision = 'E'")
                .query(Long.class).single()).isEqualTo(ROWS - ROWS / 10);
        assertThat(Duration.ofMillis(first)).isLessThan(Duration.ofMinutes(1));
    }

    private long timed(byte[] file, Viewer admin, String expected) {
        long id = imports.upload(ImportKind.PLANS, ImportStatus.QUEUED, "plans-perf.csv", file, admin);
        long start = System.nanoTime();
        worker.run(id, admin);
        long millis = (System.nanoTime() - start) / 1_000_000;
        ImportView done = imports.find(id, admin);
        assertThat(done.status()).as(done.summary()).isEqualTo(ImportStatus.DONE);
        assertThat(done.summary().replace(",", "")).contains(expected);
        return millis;
    }
}
