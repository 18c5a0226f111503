package uk.send.web.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.children.CarerDetails;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.MigratedChild;
import uk.send.domain.children.Relationship;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Postcode;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.testing.Fixtures;
import uk.send.domain.transfer.DataImports;
import uk.send.domain.transfer.ImportKind;
import uk.send.domain.transfer.ImportStatus;
import uk.send.domain.transfer.ImportView;
import uk.send.web.security.SignedIn;

/**
 * An import killed part way writes nothing. Not an exception thrown by the import's own code (those are in
 * {@link DataInAndOutPagesTest} and the plans, SEN Support and awards tests): here the import's database session
 * is really ended mid-transaction, with {@code pg_terminate_backend} from another connection, after a first batch
 * of 1,000 children and carers is written inside it — as a server process killed, or a connection cut, mid-import
 * would end it. PostgreSQL rolls the open transaction back, so not one row of the file stays; the page that
 * followed the import's progress bar says it failed; the same file imported again then writes every row once.
 * And an import left running by a service that stopped (no word from its worker) is marked failed at start-up.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportKilledMidwayTest {

    @Autowired
    MockMvc mvc;
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

    RequestPostProcessor admin;
    Viewer adminViewer;
    FootprintView footprint;
    String district;
    String prefix;

    @BeforeEach
    void anAdministratorAndAFootprintCoveringAPostcodeDistrict() {
        AccountView account = fixtures.account(Role.ADMIN, null, Set.of());
        admin = SignedIn.as(account);
        adminViewer = new Viewer(account.id(), account.email(), Role.ADMIN, Set.of(), null);
        footprint = fixtures.footprint();
        district = "ZK" + (Fixtures.next() % 90 + 10);
        reference.coverPostcodes(footprint.id(), List.of(district), adminViewer);
        prefix = "KILL" + Fixtures.next() + "-";
    }

    @Test
    void the_imports_database_session_terminated_after_a_first_batch_leaves_not_one_row() {
        List<MigratedChild> rows = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            rows.add(new MigratedChild(i + 2, prefix + i, "Given", "Family" + i, LocalDate.of(2015, 1, 1), null, null,
                    Postcode.of(district + " 1AA"), null,
                    new CarerDetails("Sam", "Family" + i, Relationship.PARENT, true, null, null, null, null)));
        }
        AtomicLong seenInside = new AtomicLong(-1);
        AtomicLong killed = new AtomicLong(-1);

        assertThatThrownBy(() -> children.importChildren(rows, adminViewer, done -> {
            if (killed.get() > 0) {
                return;
            }
            // inside the import's transaction: its first batch is written there, and its session is known
            seenInside.set(childrenOf(prefix));
            long pid = jdbc.sql("select pg_backend_pid()").query(Long.class).single();
            // from another connection (another thread holds no transaction): end that session, as a kill would
            boolean ended = CompletableFuture.supplyAsync(() -> jdbc.sql("select pg_terminate_backend(cast(:pid as integer), 10000)")
                    .param("pid", pid).query(Boolean.class).single()).join();
            assertThat(ended).as("the import's session was terminated").isTrue();
            killed.set(pid);
        }, 0L)).as("the import cannot go on without its session").isInstanceOf(RuntimeException.class);

        assertThat(killed.get()).as("the import's session was terminated, not stopped by an error").isPositive();
        assertThat(seenInside.get()).as("a first batch was written inside the import's transaction").isEqualTo(1000);
        assertThat(jdbc.sql("select count(*) from pg_stat_activity where pid = :pid").param("pid", killed.get())
                .query(Long.class).single()).as("that session is gone").isZero();
        assertThat(childrenOf(prefix)).as("no child of the file is written").isZero();
        assertThat(carersOf(prefix)).as("no carer of the file is written").isZero();
    }

    @Test
    void an_import_followed_on_its_page_whose_session_is_killed_fails_leaves_nothing_and_imports_whole_again()
            throws Exception {
        int size = 12_000;
        byte[] file = childrenFile(size);
        String page = mvc.perform(multipart("/admin/imports/children")
                        .file(new MockMultipartFile("migration", "caseload.csv", "text/csv", file)).with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));

        // the background import has written its first batch: the page shows its progress bar and refreshes itself
        ImportView running = waitFor(id, v -> v.status() == ImportStatus.IMPORTING && v.rowsDone() >= 1000
                || !v.status().isRunning());
        assertThat(running.status()).as("still importing: " + running.summary()).isEqualTo(ImportStatus.IMPORTING);
        MockHttpServletResponse progress = mvc.perform(get(page).with(admin)).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertThat(progress.getHeader("Refresh")).isEqualTo("3");
        assertThat(progress.getContentAsString()).contains("<progress id=\"import-progress\"", "max=\"100\"",
                "of " + String.format("%,d", size) + " rows");

        // the import's session, found by the lock its open transaction holds on carer, is ended from here
        Long pid = jdbc.sql("""
                        select l.pid from pg_locks l join pg_class c on c.oid = l.relation
                        where c.relname = 'carer' and l.mode = 'RowExclusiveLock' and l.pid <> pg_backend_pid()
                          and l.database = (select oid from pg_database where datname = current_database())
                        limit 1""").query(Long.class).optional().orElse(null);
        assertThat(pid).as("the import's transaction holds its lock on carer while it runs").isNotNull();
        assertThat(jdbc.sql("select pg_terminate_backend(cast(:pid as integer), 10000)").param("pid", pid).query(Boolean.class).single())
                .isTrue();

        ImportView failed = waitFor(id, v -> !v.status().isRunning());
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(childrenOf(prefix)).as("no child of the file is written").isZero();
        assertThat(carersOf(prefix)).as("no carer of the file is written").isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CHILDREN_IMPORTED' and entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isZero();
        MockHttpServletResponse after = mvc.perform(get(page).with(admin)).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertThat(after.getHeader("Refresh")).isNull();
        assertThat(after.getContentAsString()).contains("Failed").doesNotContain("import-progress");

        // nothing half-done is in the way: the same file again imports every row, once
        String again = mvc.perform(multipart("/admin/imports/children")
                        .file(new MockMultipartFile("migration", "caseload.csv", "text/csv", file)).with(admin).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        ImportView done = waitFor(Long.parseLong(again.substring(again.lastIndexOf('/') + 1)), v -> !v.status().isRunning());
        assertThat(done.status()).as(done.summary()).isEqualTo(ImportStatus.DONE);
        assertThat(done.summary()).contains(String.format("%,d", size) + " children added", "0 changed");
        assertThat(childrenOf(prefix)).isEqualTo(size);
        assertThat(carersOf(prefix)).isEqualTo(size);
    }

    @Test
    void an_import_left_running_by_a_service_that_stopped_is_marked_failed_when_it_starts_again() {
        long stale = imports.upload(ImportKind.CHILDREN, ImportStatus.QUEUED, "stale.csv", new byte[] {'x'}, adminViewer);
        imports.status(stale, ImportStatus.IMPORTING, 10);
        long live = imports.upload(ImportKind.CHILDREN, ImportStatus.QUEUED, "live.csv", new byte[] {'x'}, adminViewer);
        imports.status(live, ImportStatus.IMPORTING, 10);
        jdbc.sql("update data_import set updated_at = now() - interval '3 minutes' where id = :id").param("id", stale)
                .update();

        worker.failInterrupted();

        assertThat(imports.find(stale, adminViewer).status()).isEqualTo(ImportStatus.FAILED);
        assertThat(imports.find(stale, adminViewer).summary()).contains("nothing");
        assertThat(imports.find(live, adminViewer).status()).as("an import still heard from is left running")
                .isEqualTo(ImportStatus.IMPORTING);
        imports.finish(live, ImportStatus.FAILED, "test over", null);
    }

    // --- helpers ---

    private byte[] childrenFile(int size) {
        StringBuilder csv = new StringBuilder(String.join(",", ChildrenFile.COLUMNS)).append("\r\n");
        for (int i = 0; i < size; i++) {
            csv.append(prefix).append(i).append(",Given,Family").append(i).append(",14/03/2016,,,").append(district)
                    .append(" 1AA,,Sam,Family").append(i).append(",PARENT,yes,,01632 960000,\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private ImportView waitFor(long id, java.util.function.Predicate<ImportView> until) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        ImportView found = imports.find(id, adminViewer);
        while (!until.test(found) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            found = imports.find(id, adminViewer);
        }
        return found;
    }

    private long childrenOf(String prefix) {
        return jdbc.sql("select count(*) from child where migration_reference like :p").param("p", prefix + "%")
                .query(Long.class).single();
    }

    private long carersOf(String prefix) {
        return jdbc.sql("""
                        select count(*) from carer c join child ch on ch.id = c.child_id
                        where ch.migration_reference like :p""").param("p", prefix + "%").query(Long.class).single();
    }
}
