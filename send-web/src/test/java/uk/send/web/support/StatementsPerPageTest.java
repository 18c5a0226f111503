package uk.send.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.demo.DemoAccounts;
import uk.send.web.security.SignedIn;

/**
 * Each key page, rendered for its role, sends the same number of SQL statements however many children and
 * cases the council has, and no more than {@value #MOST} besides the rows it writes to the audit trail: rendered on the demo data, then again after a few
 * thousand more children (a third of them with open cases) have been added to the same footprints.
 */
@SpringBootTest(properties = "send.demo-data=true")
@AutoConfigureMockMvc
@Import(StatementsPerPageTest.Counting.class)
class StatementsPerPageTest {

    static final int MOST = 10;
    static final int MORE_CHILDREN = 3000;

    /** What each page sent last, for the failure message. */
    final Map<String, java.util.List<String>> statements = new LinkedHashMap<>();

    @TestConfiguration
    static class Counting {
        @Bean
        static BeanPostProcessor statementCounter() {
            return StatementCounter.install();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    private AccountView account(String email) {
        long id = jdbc.sql("select id from app_user where email = :email").param("email", email).query(Long.class).single();
        return accounts.find(id).orElseThrow();
    }

    /** The case naming the most settings (preferred, named, requesting school): each a look-up a careless page repeats. */
    private long caseWithPlan(AccountView caseworker) {
        return jdbc.sql("""
                        select a.id from needs_assessment a join ehc_plan p on p.origin_assessment_id = a.id
                        join child c on c.id = a.child_id
                        join app_user_footprint uf on uf.footprint_id = c.home_footprint_id
                        where uf.user_id = :user
                        order by (a.preferred_setting_id is not null)::int + (a.named_setting_id is not null)::int
                               + (a.requesting_setting_id is not null)::int desc, a.id
                        limit 1""")
                .param("user", caseworker.id()).query(Long.class).single();
    }

    /** page → statements for one request of it, each page for its role. */
    private Map<String, Integer> statementsPerPage() throws Exception {
        AccountView caseworker = account(DemoAccounts.CASEWORKER);
        long caseWithPlan = caseWithPlan(caseworker);
        long plan = jdbc.sql("select id from ehc_plan where origin_assessment_id = :a").param("a", caseWithPlan)
                .query(Long.class).single();
        long child = jdbc.sql("select child_id from needs_assessment where id = :a").param("a", caseWithPlan)
                .query(Long.class).single();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("caseload", count("/caseworker", caseworker));
        counts.put("caseload sorted by name", count("/caseworker?sort=NAME", caseworker));
        counts.put("case page with a plan", count("/caseworker/assessments/" + caseWithPlan, caseworker));
        counts.put("children list", count("/caseworker/children", caseworker));
        counts.put("child record", count("/children/" + child, caseworker));
        counts.put("plan page", count("/plans/" + plan, caseworker));
        counts.put("admin children", count("/admin/children", account(DemoAccounts.ADMIN)));
        counts.put("commissioner home", count("/commissioner", account(DemoAccounts.COMMISSIONER)));
        counts.put("commissioner KPIs", count("/commissioner/kpis", account(DemoAccounts.COMMISSIONER)));
        counts.put("commissioner SEN2", count("/commissioner/sen2", account(DemoAccounts.COMMISSIONER)));
        counts.put("panel home", count("/panel", account(DemoAccounts.PANEL)));
        counts.put("adviser home", count("/adviser", account("adviser@demo.send")));
        return counts;
    }

    private int count(String page, AccountView as) throws Exception {
        mvc.perform(get(page).with(SignedIn.as(as))).andExpect(status().isOk()); // warm: first-use look-ups
        StatementCounter.reset();
        mvc.perform(get(page).with(SignedIn.as(as))).andExpect(status().isOk());
        statements.put(page, StatementCounter.statements());
        return StatementCounter.count();
    }

    @Test
    void each_key_page_sends_a_few_statements_whatever_the_size_of_the_council() throws Exception {
        // the case page names the adviser of one of its advice requests, and later of all of them: a look-up per
        // adviser would show as a difference
        long caseWithPlan = caseWithPlan(account(DemoAccounts.CASEWORKER));
        long before = jdbc.sql("select coalesce(max(id), 0) from child").query(Long.class).single();
        java.util.List<Long> named = new java.util.ArrayList<>();
        try {
            named.addAll(nameAnAdviser(caseWithPlan, 1));
            Map<String, Integer> demo = statementsPerPage();
            growTheCouncil();
            named.addAll(nameAnAdviser(caseWithPlan, 100));
            assertThat(named).as("advice requests on the case page").hasSizeGreaterThan(1);
            Map<String, Integer> larger = statementsPerPage();

            assertThat(larger).as("statements per page, demo %s", demo).isEqualTo(demo);
            // the reads are what grow with a careless page; the audit trail's rows (a case page records the child
            // and the case viewed) are writes, counted in the totals above but not against the reading budget
            assertThat(statements).allSatisfy((page, sql) -> assertThat(sql.stream()
                    .filter(q -> !q.stripLeading().toLowerCase(java.util.Locale.ROOT).startsWith("insert into audit_event"))
                    .count()).as("%s: %s", page, sql).isBetween(1L, (long) MOST));
        } finally {
            if (!named.isEmpty()) {
                jdbc.sql("update advice_request set adviser_id = null where id in (:ids)").param("ids", named).update();
            }
            jdbc.sql("delete from needs_assessment where child_id > :before").param("before", before).update();
            jdbc.sql("delete from child where id > :before").param("before", before).update();
        }
    }

    /** Names the demo adviser on up to {@code most} of the case's advice requests that name nobody; their ids. */
    private java.util.List<Long> nameAnAdviser(long caseId, int most) {
        return jdbc.sql("""
                        update advice_request set adviser_id = (select min(id) from app_user where role = 'ADVISER')
                        where id in (select id from advice_request where adviser_id is null and assessment_id = :case
                                     order by id limit :most)
                        returning id""")
                .param("case", caseId).param("most", most).query(Long.class).list();
    }

    /** Children spread over the demo footprints, in and out of the caseworker's; every third with an open case. */
    private void growTheCouncil() {
        jdbc.sql("""
                        insert into child (given_name, family_name, date_of_birth, home_footprint_id, primary_need, sen_provision)
                        select 'Given' || n, 'Family' || (n % 997), date '2012-01-01' + (n % 3000),
                               (select id from footprint order by id offset (n % (select count(*) from footprint)) limit 1),
                               (array['ASD','SEMH','SLCN','MLD'])[1 + n % 4], (array['N','K','E'])[1 + n % 3]
                        from generate_series(1, :n) n""")
                .param("n", MORE_CHILDREN).update();
        jdbc.sql("""
                        insert into needs_assessment (child_id, stage, requested_by, request_received, reasons,
                                                      next_due_date, next_due_kind)
                        select c.id, 'REQUESTED', 'PARENT', current_date - (c.id % 60)::int, 'Reasons',
                               current_date - (c.id % 60)::int + 42, 'DECISION_TO_ASSESS'
                        from child c
                        where c.id > (select max(id) - :n from child) and c.id % 3 = 0""")
                .param("n", MORE_CHILDREN).update();
    }
}
