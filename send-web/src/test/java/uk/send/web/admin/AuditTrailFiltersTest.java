package uk.send.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditSubjects;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.SettingView;
import uk.send.web.security.SignedIn;
import uk.send.domain.testing.Fixtures;

/**
 * The audit trail reads as words and can be narrowed down: every action and kind of record has a label (no
 * raw message keys), names are shown beside emails, a child's filter takes in their assessments too, the
 * filters are checked like any form, and a download is itself recorded as a download.
 */
class AuditTrailFiltersTest extends AdminPageTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    List<AuditSubjects> subjects;

    private FootprintView north;
    private AccountView caseworker;
    private AccountView admin;

    @BeforeEach
    void aFootprintWithACaseworker() {
        north = fixtures.footprint();
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(north.id()));
        admin = fixtures.account(Role.ADMIN, null, Set.of());
    }

    @Test
    void every_action_and_every_kind_of_record_has_words_for_it() {
        for (AuditAction action : AuditAction.values()) {
            assertThat(messages.getMessage("admin.audit.action." + action, null, null, Locale.UK))
                    .as("label of " + action).isNotBlank();
        }
        for (String type : List.of("CHILD", "USER", "SETTING", "FOOTPRINT", "ROUTE")) {
            assertThat(messages.getMessage("admin.audit.entity." + type, null, null, Locale.UK)).as(type).isNotBlank();
        }
        for (AuditSubjects s : subjects) {
            assertThat(messages.getMessage("admin.audit.entity." + s.entityType(), null, null, Locale.UK))
                    .as(s.entityType()).isNotBlank();
        }
    }

    @Test
    void a_childs_filter_shows_their_record_and_their_assessment_and_no_one_elses() throws Exception {
        SettingView school = fixtures.school(north);
        long child = fixtures.child(north, school, null);
        long other = fixtures.child(north, school, null);
        long assessment = openCase(child);
        mvc.perform(get("/children/{id}", other).with(SignedIn.as(caseworker))).andExpect(status().isOk());
        mvc.perform(get("/caseworker/assessments/{id}", assessment).with(SignedIn.as(caseworker))).andExpect(status().isOk());

        String html = page("/admin/audit?child=" + child);

        assertOneHeading(html);
        assertThat(table(html)).contains("Assessment requested", "Assessment viewed", "Assessment " + assessment,
                        "Test User", caseworker.email())
                .doesNotContain("??", "href=\"/children/" + other + "\"");
    }

    @Test
    void an_entry_about_a_child_names_them_and_links_to_their_record() throws Exception {
        SettingView school = fixtures.school(north);
        long child = fixtures.child(north, school, null);
        mvc.perform(get("/children/{id}", child).with(SignedIn.as(caseworker))).andExpect(status().isOk());
        String name = jdbc.sql("select given_name || ' ' || family_name from child where id = :id").param("id", child)
                .query(String.class).single();

        String html = page("/admin/audit?child=" + child + "&action=CHILD_VIEWED&person=" + caseworker.email().toUpperCase(Locale.ROOT));

        assertThat(table(html)).contains("Child’s record viewed", "href=\"/children/" + child + "\"", name);
    }

    @Test
    void the_person_filter_leaves_out_everyone_else_and_the_action_filter_every_other_action() throws Exception {
        SettingView school = fixtures.school(north);
        long child = fixtures.child(north, school, null);
        AccountView colleague = fixtures.account(Role.CASEWORKER, null, Set.of(north.id()));
        long assessment = openCase(child);
        mvc.perform(get("/children/{id}", child).with(SignedIn.as(caseworker))).andExpect(status().isOk());
        mvc.perform(get("/children/{id}", child).with(SignedIn.as(colleague))).andExpect(status().isOk());

        String everyone = table(page("/admin/audit?child=" + child));
        String one = table(page("/admin/audit?child=" + child + "&person=" + colleague.email()));
        String viewsOnly = table(page("/admin/audit?child=" + child + "&action=CHILD_VIEWED"));

        assertThat(everyone).contains(caseworker.email(), colleague.email(), "Assessment requested");
        assertThat(one).contains(colleague.email(), "Child’s record viewed").doesNotContain(caseworker.email(),
                "Assessment requested");
        assertThat(viewsOnly).contains(caseworker.email(), colleague.email(), "Child’s record viewed")
                .doesNotContain("Assessment requested", "Assessment " + assessment);

        // the download holds what the filters on screen hold, and nothing else
        String csv = mvc.perform(get("/admin/audit.csv").param("child", String.valueOf(child))
                        .param("person", colleague.email()).with(SignedIn.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(colleague.email(), "Child’s record viewed").doesNotContain(caseworker.email(),
                "Assessment requested");
        assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line).contains(colleague.email()));
        assertThat(jdbc.sql("""
                        select detail from audit_event where action = 'DOWNLOADED' and actor_id = :id
                        and entity_type = 'EXPORT' and entity_id = 'audit' order by id desc limit 1""")
                .param("id", admin.id()).query(String.class).single())
                .as("the download recorded with the filters it was taken with").contains("child=" + child);
    }

    @Test
    void dates_narrow_the_trail_to_the_days_given() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        fixtures.account(Role.COMMISSIONER, null, Set.of());

        String todays = page("/admin/audit?action=USER_CREATED" + range(today, today));
        String yesterdays = page("/admin/audit?action=USER_CREATED" + range(today.minusDays(1), today.minusDays(1)));

        assertThat(table(todays)).contains("User added");
        assertThat(table(yesterdays)).isEmpty();
        assertThat(yesterdays).contains("No entries match these filters.");
    }

    private static String range(LocalDate from, LocalDate to) {
        return "&fromDay=" + from.getDayOfMonth() + "&fromMonth=" + from.getMonthValue() + "&fromYear=" + from.getYear()
                + "&toDay=" + to.getDayOfMonth() + "&toMonth=" + to.getMonthValue() + "&toYear=" + to.getYear();
    }

    @Test
    void filters_that_cannot_be_read_are_errors_on_the_page_with_what_was_typed() throws Exception {
        String html = page("/admin/audit?person=not-an-email&child=abc&action=NOT_AN_ACTION"
                + "&fromDay=31&fromMonth=2&fromYear=2026&toDay=1&toMonth=1&toYear=20x6");

        assertThat(html).contains("govuk-error-summary", "href=\"#person\"", "href=\"#child\"", "href=\"#action\"",
                "href=\"#fromDay\"", "href=\"#toDay\"", "value=\"not-an-email\"", "value=\"abc\"", "value=\"20x6\"")
                .doesNotContain("admin-audit-table");
        assertThat(html).contains("<title>Error: Audit trail – SEN");

        String backwards = page("/admin/audit?fromDay=2&fromMonth=3&fromYear=2026&toDay=1&toMonth=3&toYear=2026");
        assertThat(backwards).contains("href=\"#toDay\"", "must be the same as or after");

        MockHttpServletResponse csv = mvc.perform(get("/admin/audit.csv").param("child", "\u0000")
                .with(SignedIn.as(admin))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/html");
        assertThat(csv.getContentAsString()).contains("govuk-error-summary");
    }

    @Test
    void the_download_is_csv_with_the_screens_words_and_is_itself_recorded() throws Exception {
        SettingView school = fixtures.school(north);
        long child = fixtures.child(north, school, null);
        mvc.perform(get("/children/{id}", child).with(SignedIn.as(caseworker))).andExpect(status().isOk());
        long before = downloads();

        MockHttpServletResponse csv = mvc.perform(get("/admin/audit.csv").param("child", String.valueOf(child))
                .with(SignedIn.as(admin))).andExpect(status().isOk()).andReturn().getResponse();

        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition")).startsWith("attachment; filename=\"audit-");
        String body = csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).startsWith("When,Who,Email,Action,Record,Whose record,Detail\r\n")
                .contains("Child’s record viewed", "Child " + child, caseworker.email());
        assertThat(downloads()).isEqualTo(before + 1);
    }

    @Test
    void only_administrators_read_or_download_the_trail() throws Exception {
        for (AccountView someone : List.of(caseworker, fixtures.account(Role.COMMISSIONER, null, Set.of()))) {
            mvc.perform(get("/admin/audit").with(SignedIn.as(someone))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/audit.csv").with(SignedIn.as(someone))).andExpect(status().isForbidden());
        }
    }

    /** The table of entries, without the filters above it (whose options name every action). */
    static String table(String html) {
        int start = html.indexOf("id=\"admin-audit-table\"");
        return start < 0 ? "" : html.substring(start);
    }

    private long downloads() {
        return jdbc.sql("select count(*) from audit_event where action = 'DOWNLOADED' and actor_id = :id")
                .param("id", admin.id()).query(Long.class).single();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(SignedIn.as(admin))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private long openCase(long child) throws Exception {
        LocalDate received = LocalDate.now(ZoneId.of("Europe/London")).minusDays(10);
        MockHttpServletResponse created = mvc.perform(post("/caseworker/assessments").param("child", String.valueOf(child))
                .param("requestedBy", "PARENT").param("text", "Reasons")
                .param("day", String.valueOf(received.getDayOfMonth())).param("month", String.valueOf(received.getMonthValue()))
                .param("year", String.valueOf(received.getYear())).param("version", "0")
                .with(csrf()).with(SignedIn.as(caseworker))).andReturn().getResponse();
        assertThat(created.getRedirectedUrl()).as("a new case").startsWith("/caseworker/assessments/");
        return Long.parseLong(created.getRedirectedUrl().substring(created.getRedirectedUrl().lastIndexOf('/') + 1));
    }
}
