package uk.send.web.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.domain.PageRequest;

import uk.send.SendApplication;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.support.TimeConfiguration;
import uk.send.pathway.support.RegisterFilter;
import uk.send.pathway.support.SupportPlans;
import uk.send.domain.testing.TestDatabase;
import uk.send.pathway.assessment.CaseloadFilter;
import uk.send.pathway.assessment.CaseloadSort;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.plan.EhcPlans;
import uk.send.pathway.plan.PlanView;

/**
 * The generator at 1% of {@code la} into a database of its own, then the application started on it: its own read
 * models (the caseload, the child directory, the case page, the plan) read every generated row without error, and
 * the counts are those asked for. The same seed gives the same data.
 */
class GeneratedDataTest {

    private static final Scale SCALE = Scale.LA.percent(1);
    private static final LocalDate TODAY = LocalDate.now(TimeConfiguration.LONDON);
    private static final List<String> DATABASES = new ArrayList<>();

    static String url;
    static GenerateData.Report report;
    static ConfigurableApplicationContext app;

    @BeforeAll
    static void generateAndStart() throws Exception {
        url = createDatabase();
        report = GenerateData.generate(url, user(), password(), SCALE, 42, TODAY);
        app = new SpringApplicationBuilder(SendApplication.class)
                // after the shared test database's initializer, so this database wins
                .initializers(context -> context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(
                        "generatedDatabase", Map.of("spring.datasource.url", url))))
                .properties(Map.of("server.port", "0", "spring.jmx.enabled", "false", "send.demo-data", "false"))
                .run();
    }

    @AfterAll
    static void stopAndDrop() throws SQLException {
        if (app != null) {
            app.close();
        }
        for (String name : DATABASES) {
            execute("drop database if exists " + name + " with (force)");
        }
    }

    @Test
    void the_counts_are_those_asked_for() throws SQLException {
        assertThat(report.rows("footprint")).isEqualTo(SCALE.footprints());
        assertThat(report.rows("setting")).isEqualTo(SCALE.settings());
        assertThat(report.rows("child")).isEqualTo(SCALE.children());
        assertThat(count("select count(*) from child where sen_provision = 'E'")).isEqualTo(SCALE.plans());
        assertThat(count("select count(*) from child where sen_provision = 'K'")).isEqualTo(SCALE.senSupport());
        // every child with a plan in force has exactly one current plan with a final version naming their setting
        assertThat(count("""
                select count(distinct p.child_id) from ehc_plan p join plan_version v on v.plan_id = p.id
                join child c on c.id = p.child_id
                where p.ceased_on is null and v.kind = 'FINAL' and v.placement_setting_id = c.setting_id""")).isEqualTo(SCALE.plans());
        assertThat(count("select count(*) from needs_assessment where stage in ('REQUESTED', 'ASSESSING', 'DRAFTING', 'DRAFT_ISSUED')"))
                .isEqualTo(SCALE.plans() / 10);
        assertThat(count("select count(*) from needs_assessment where stage = 'FINAL'")).isPositive();
        assertThat(count("select count(*) from app_user where role = 'SENCO'")).isEqualTo(SCALE.settings());
        assertThat(count("select count(*) from app_user where role = 'CASEWORKER'")).isEqualTo(SCALE.footprints());
        assertThat(count("select count(*) from carer where user_id is not null")).isPositive();
        assertThat(report.rows("audit_event")).isPositive();
        // the per-footprint counts the commissioner's and panel's pages read, counted once at the end of the load
        assertThat(count("select coalesce(sum(children), 0) from child_count")).isEqualTo(SCALE.children());
        assertThat(count("""
                select count(*) from (select home_footprint_id, sen_provision, coalesce(primary_need, '') as need,
                                             count(*) as children
                                      from child where merged_into_id is null group by 1, 2, 3) c
                full join child_count k on k.footprint_id = c.home_footprint_id and k.sen_provision = c.sen_provision
                                       and k.primary_need = c.need
                where k.children is distinct from c.children""")).isZero();
    }

    @Test
    void the_caseload_reads_every_open_case() {
        NeedsAssessments assessments = app.getBean(NeedsAssessments.class);
        var caseload = assessments.caseload(everywhere(Role.CASEWORKER), CaseloadFilter.none(), CaseloadSort.NEXT_DUE,
                PageRequest.of(0, 25));
        assertThat(caseload.page().getTotalElements()).isEqualTo(SCALE.plans() / 10);
        assertThat(caseload.countsByStage().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(SCALE.plans() / 10);
        for (long footprint = 1; footprint <= SCALE.footprints(); footprint++) {
            assessments.caseload(caseworkerOf(footprint), CaseloadFilter.none(), CaseloadSort.NEXT_DUE, PageRequest.of(0, 25));
        }
    }

    @Test
    void every_case_page_reads_its_case() throws SQLException {
        NeedsAssessments assessments = app.getBean(NeedsAssessments.class);
        Viewer caseworker = everywhere(Role.CASEWORKER);
        for (long id : ids("select id from needs_assessment order by id")) {
            assertThat(assessments.view(caseworker, id).id()).isEqualTo(id);
        }
    }

    @Test
    void the_child_directory_finds_every_child_and_opens_their_records() {
        ChildDirectory directory = app.getBean(ChildDirectory.class);
        Viewer caseworker = everywhere(Role.CASEWORKER);
        var page = directory.search(caseworker, null, null, PageRequest.of(0, 25, ChildDirectory.DEFAULT_SORT));
        assertThat(page.getTotalElements()).isEqualTo(SCALE.children());
        page.forEach(child -> assertThat(directory.view(caseworker, child.id()).id()).isEqualTo(child.id()));
    }

    @Test
    void every_plan_reads_with_its_versions_and_a_parent_sees_their_childs_plan() throws SQLException {
        EhcPlans plans = app.getBean(EhcPlans.class);
        Viewer caseworker = everywhere(Role.CASEWORKER);
        for (long id : ids("select id from ehc_plan order by id")) {
            PlanView plan = plans.view(caseworker, id);
            assertThat(plan.working()).isNotNull();
            assertThat(plan.issued()).isNotEmpty().allSatisfy(v -> assertThat(v.number()).isPositive());
        }
        long parent = ids("select id from app_user where email = 'parent.1@gen.send'").get(0);
        Viewer parentViewer = new Viewer(parent, "parent.1@gen.send", Role.PARENT, Set.of(), null);
        assertThat(plans.currentFor(parentViewer, 1L)).isPresent();
    }

    @Test
    void every_child_at_sen_support_in_a_setting_is_on_its_senco_register_with_an_open_cycle() throws SQLException {
        assertThat(count("""
                select count(*) from child c where c.sen_provision = 'K' and c.setting_id is not null
                and not exists (select 1 from sen_support_record r join support_plan p on p.record_id = r.id
                                where r.child_id = c.id and r.setting_id = c.setting_id and r.removed_on is null
                                and p.status = 'OPEN')""")).isZero();
        assertThat(count("select count(*) from support_plan where status = 'OPEN' and review_due < current_date")).isPositive();
        SupportPlans support = app.getBean(SupportPlans.class);
        for (long setting : ids("select distinct setting_id from sen_support_record order by setting_id limit 20")) {
            long senco = ids("select id from app_user where role = 'SENCO' and setting_id = " + setting).get(0);
            Viewer viewer = new Viewer(senco, "senco@gen.send", Role.SENCO, Set.of(), setting);
            var register = support.register(viewer, RegisterFilter.NONE, PageRequest.of(0, 25));
            assertThat(register.getTotalElements()).isPositive();
            long child = ids("select child_id from sen_support_record where setting_id = " + setting + " limit 1").get(0);
            assertThat(support.pupil(viewer, child).current()).isPresent();
        }
    }

    @Test
    void the_same_seed_gives_the_same_data() throws Exception {
        String again = createDatabase();
        GenerateData.generate(again, user(), password(), SCALE, 42, TODAY);
        for (String table : List.of("footprint", "setting", "app_user", "child", "carer", "needs_assessment",
                "advice_request", "assessment_event", "ehc_plan", "plan_version", "sen_support_record", "support_plan",
                "support_plan_provision")) {
            // the next statutory date is the application's to fill (NextDeadlineBackfill at start-up): the app
            // has started on the first database only
            String digest = "select md5(string_agg((to_jsonb(t) - 'next_due_date' - 'next_due_kind')::text, '|'"
                    + " order by t.id)) from " + table + " t";
            assertThat(digest(again, digest)).as(table).isEqualTo(digest(url, digest));
        }
    }

    // --- helpers

    private static Viewer everywhere(Role role) {
        Set<Long> all = new java.util.HashSet<>();
        for (long f = 1; f <= SCALE.footprints(); f++) {
            all.add(f);
        }
        return new Viewer(2, "caseworker.fp-001@gen.send", role, all, null);
    }

    private static Viewer caseworkerOf(long footprint) {
        return new Viewer(2, "caseworker.fp-001@gen.send", Role.CASEWORKER, Set.of(footprint), null);
    }

    private static long count(String sql) throws SQLException {
        return ids(sql).get(0);
    }

    private static List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user(), password()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    private static String digest(String database, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(database, user(), password()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    /** A database of its own beside the shared test database (on the same server, embedded or not). */
    private static String createDatabase() throws SQLException {
        String name = "send_gen_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + name);
        DATABASES.add(name);
        String shared = TestDatabase.coordinates().url();
        int query = shared.indexOf('?');
        String base = query < 0 ? shared : shared.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + (query < 0 ? "" : shared.substring(query));
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestDatabase.coordinates().url(), user(), password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String user() {
        return TestDatabase.coordinates().username();
    }

    private static String password() {
        return TestDatabase.coordinates().password();
    }
}
