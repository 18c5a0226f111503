package uk.send.web.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.notifications.Email;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Money;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.plan.OutcomeTag;
import uk.send.pathway.support.AddToSenSupport;
import uk.send.pathway.support.NextStep;
import uk.send.pathway.support.ProvisionItem;
import uk.send.pathway.support.StartPlan;
import uk.send.pathway.support.SupportPlanCommand;
import uk.send.pathway.support.SupportPlans;
import uk.send.pathway.support.WeeklyHours;
import uk.send.web.security.SignedIn;
import uk.send.web.support.StatementCounter;

/**
 * The pages that show the family's views sent online read them in one statement, whatever the number of cycles and
 * sendings: the parent's plan, the SENCO's plan and review, and the caseworker's case page carrying every cycle as
 * the request's evidence stay within the budget of reads per page, and the same with one cycle as with three.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SupportPlanStatementsTest.Counting.class)
class SupportPlanStatementsTest {

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
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    SupportPlans support;
    @Autowired
    JdbcClient jdbc;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    /** A pupil with {@code reviewed} cycles reviewed to continue and then one for an assessment, each with views. */
    Map<String, Integer> pages(int reviewed) throws Exception {
        FootprintView north = fixtures.footprint();
        SettingView school = fixtures.school(north);
        AccountView senco = fixtures.account(Role.SENCO, school.id(), Set.of());
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());
        AccountView caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(north.id()));
        Viewer s = accounts.viewer(senco.id()).orElseThrow();
        Viewer p = accounts.viewer(parent.id()).orElseThrow();
        long child = fixtures.child(north, school, parent);
        support.addToSenSupport(s, child, new AddToSenSupport(NeedCode.SLCN, null, today.minusWeeks(40)));
        long plan = support.startPlan(s, child, support.pupil(s, child).current().orElseThrow().version(),
                new StartPlan(null, today.minusWeeks(36), null, "Notes"));
        support.change(s, plan, support.plan(s, plan).version(), new SupportPlanCommand.Share(true));
        for (int cycle = 0; cycle <= reviewed; cycle++) {
            support.change(s, plan, support.plan(s, plan).version(),
                    new SupportPlanCommand.AddOutcome("Outcome " + cycle, OutcomeTag.I_AM_HEARD));
            support.change(s, plan, support.plan(s, plan).version(), new SupportPlanCommand.AddProvision(
                    new ProvisionItem("Group " + cycle, "Weekly", "TA", WeeklyHours.parse("1"), Money.ofPounds("100"))));
            support.sendFamilyViews(p, plan, "Views on cycle " + cycle, new Email("Subject", "Body"));
            support.sendFamilyViews(p, plan, "More views on cycle " + cycle, null);
            if (cycle < reviewed) {
                support.change(s, plan, support.plan(s, plan).version(), new SupportPlanCommand.Review(
                        today.minusWeeks(30 - 8L * cycle), NextStep.CONTINUE, null, null, null, null));
                plan = jdbc.sql("select p.id from support_plan p join sen_support_record r on r.id = p.record_id "
                        + "where r.child_id = :c and p.status = 'OPEN'").param("c", child).query(Long.class).single();
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("parent's plan", count("/parent/support-plans/" + plan, parent));
        counts.put("senco's plan", count("/school/plans/" + plan, senco));
        counts.put("senco's review", count("/school/plans/" + plan + "/review", senco));
        support.change(s, plan, support.plan(s, plan).version(), new SupportPlanCommand.Review(today,
                NextStep.REQUEST_EHC_NEEDS_ASSESSMENT, null, null, null, null));
        long caseId = support.requestAssessment(s, plan, "Reasons").assessmentId();
        counts.put("caseworker's case with the evidence", count("/caseworker/assessments/" + caseId, caseworker, CASE_WITH_EVIDENCE));
        return counts;
    }

    /** The rule for every page (StatementsPerPageTest). */
    static final int MOST = 10;
    /**
     * The caseworker's case page carrying a school's SEN Support evidence is not yet within the rule (issue 24): the
     * case's own nine reads, then the record with its cycles, the child (scope and name in one load), the family's
     * views, the cycles' outcomes and their provision (each batched over every cycle). Lower it as reads are joined.
     */
    static final int CASE_WITH_EVIDENCE = 14;

    int count(String page, AccountView as) throws Exception {
        return count(page, as, MOST);
    }

    int count(String page, AccountView as, int most) throws Exception {
        mvc.perform(get(page).with(SignedIn.as(as))).andExpect(status().isOk());
        StatementCounter.reset();
        mvc.perform(get(page).with(SignedIn.as(as))).andExpect(status().isOk());
        List<String> reads = StatementCounter.statements().stream()
                .filter(q -> !q.stripLeading().toLowerCase(java.util.Locale.ROOT).startsWith("insert into audit_event"))
                .toList();
        assertThat(reads).as("%s: %s", page, reads).hasSizeBetween(1, most);
        return reads.size();
    }

    @Test
    void the_family_s_views_cost_one_read_per_page_however_many_cycles_and_sendings() throws Exception {
        Map<String, Integer> one = pages(0);
        Map<String, Integer> three = pages(2);

        assertThat(three).as("one cycle: %s", one).isEqualTo(one);
        System.out.println("Statements per page (reads, audit inserts excluded): " + three);
    }
}
