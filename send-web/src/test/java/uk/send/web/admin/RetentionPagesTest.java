package uk.send.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/**
 * The retention schedule and its report: each record type's period with the council's reason, changed by an
 * administrator only through a checked form (audited); the report counts the records past retention per type,
 * lists them linking to each, and downloads them (audited). Nothing is ever deleted.
 */
class RetentionPagesTest extends AdminPageTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;

    private AccountView admin;

    @BeforeEach
    void anAdministrator() {
        admin = fixtures.account(Role.ADMIN, null, Set.of());
    }

    @AfterEach
    void theMailPeriodIsTheDefaultAgain() {
        jdbc.sql("delete from retention_period where record_type = 'MAIL'").update();
    }

    @Test
    void the_schedule_lists_every_record_type_with_its_period_and_reason_and_says_nothing_is_deleted() throws Exception {
        String home = page("/admin");
        assertThat(home).contains("href=\"/admin/retention\"");
        String schedule = page("/admin/retention");
        assertOneHeading(schedule);
        assertThat(schedule).contains("<title>How long records are kept – SEND service</title>",
                "Child’s record", "6 years", "IRMS toolkit", "Ceased EHC plan", "Advice received for an assessment",
                "Comment on the Local Offer", "Row of the audit trail", "Sent email", "Decided top-up funding application",
                "Uploaded file", "Emailed sign-in link", "3 months", "never deletes records",
                "href=\"/admin/retention/CHILD\"", "href=\"/admin/retention/report\"");
    }

    @Test
    void a_changed_period_is_checked_kept_as_typed_on_error_saved_and_audited() throws Exception {
        String form = page("/admin/retention/MAIL");
        assertOneHeading(form);
        assertThat(form).contains("name=\"years\"", "value=\"2\"", "Sent email");

        String letters = change("/admin/retention/MAIL", "two", "0").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(errorSummary(letters)).contains("href=\"#years\"", "whole number");
        assertThat(letters).contains("value=\"two\"");
        assertThat(errorSummary(content(change("/admin/retention/MAIL", "1", "12")))).contains("href=\"#months\"", "at most 11");
        assertThat(errorSummary(content(change("/admin/retention/MAIL", "101", "0")))).contains("href=\"#years\"", "at most 100");
        assertThat(errorSummary(content(change("/admin/retention/MAIL", "0", "0")))).contains("at least 1 month");
        assertThat(errorSummary(content(change("/admin/retention/MAIL", "", "")))).contains("at least 1 month");

        change("/admin/retention/MAIL", "1", "6").andExpect(status().isFound()).andExpect(redirectedUrl("/admin/retention"));
        assertThat(page("/admin/retention")).contains("1 year and 6 months", "by " + admin.email());
        assertThat(audit.forEntity("RETENTION_PERIOD", "MAIL")).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.RETENTION_PERIOD_CHANGED);
            assertThat(e.detail()).isEqualTo("2 years 0 months to 1 years 6 months");
        });
    }

    @Test
    void an_unknown_record_type_is_not_found_and_other_roles_are_refused() throws Exception {
        mvc.perform(get("/admin/retention/NOTHING").with(SignedIn.as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/retention/child").with(SignedIn.as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/retention/report/NOTHING").with(SignedIn.as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/retention/report/NOTHING/records.csv").with(SignedIn.as(admin))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/retention/NOTHING").with(SignedIn.as(admin)).with(csrf()).param("years", "1").param("months", "0"))
                .andExpect(status().isNotFound());
        AccountView caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(fixtures.footprint().id()));
        mvc.perform(get("/admin/retention").with(SignedIn.as(caseworker))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/retention/report").with(SignedIn.as(caseworker))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/retention/MAIL").with(SignedIn.as(caseworker)).with(csrf()).param("years", "1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_child_past_31_is_counted_listed_with_a_link_to_the_record_and_downloaded_and_a_younger_one_is_not() throws Exception {
        long before = childCount(page("/admin/retention/report"));
        long old = fixtures.child(fixtures.footprint(), null, null);
        long young = fixtures.child(fixtures.footprint(), null, null);
        // the oldest date of birth the service admits: 31 long ago
        jdbc.sql("update child set date_of_birth = date '1990-01-02' where id = :id").param("id", old).update();
        LocalDate turning31Tomorrow = LocalDate.now(uk.send.domain.support.TimeConfiguration.LONDON).minusYears(31).plusDays(1);
        jdbc.sql("update child set date_of_birth = :born where id = :id").param("born", turning31Tomorrow).param("id", young).update();

        String report = page("/admin/retention/report");
        assertOneHeading(report);
        assertThat(report).contains("never deletes records", "href=\"/admin/retention/report/CHILD\"");
        assertThat(childCount(report)).isEqualTo(before + 1);

        String list = page("/admin/retention/report/CHILD");
        assertOneHeading(list);
        assertThat(list).contains("href=\"/children/" + old + "\"", "Child record " + old, "2 January 1990", "2 January 2021")
                .doesNotContain("Child record " + young + "<");

        String csv = mvc.perform(get("/admin/retention/report/CHILD/records.csv").with(SignedIn.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("Record type,Record,Period started,Period ended\r\n")
                .contains("Child’s record,Child record " + old + ",1990-01-02,2021-01-02\r\n")
                .doesNotContain("Child record " + young + ",");
        assertThat(audit.latest(20, 0)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.DOWNLOADED);
            assertThat(e.actor()).isEqualTo(admin.email());
            assertThat(e.detail()).contains("records past retention: CHILD");
        });
    }

    /** The report's count of children's records past retention. */
    private static long childCount(String report) {
        Matcher m = Pattern.compile("/admin/retention/report/CHILD\"[^<]*</a>\\s*</th>(?:\\s*<td[^>]*>[^<]*</td>){2}\\s*<td[^>]*>([0-9]+)</td>")
                .matcher(report);
        if (m.find()) {
            return Long.parseLong(m.group(1));
        }
        assertThat(report).as("a row for children's records with no link: none past retention").contains("Child’s record");
        return 0;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(SignedIn.as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private org.springframework.test.web.servlet.ResultActions change(String path, String years, String months) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .with(SignedIn.as(admin)).with(csrf()).param("years", years).param("months", months));
    }

    private static String content(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
