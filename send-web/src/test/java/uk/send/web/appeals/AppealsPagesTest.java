package uk.send.web.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/**
 * A caseworker records a family's disagreement from the child's record and takes it from mediation to the
 * tribunal's order, whose compliance date comes from the calendar; the appeals list filters, sorts and downloads;
 * other roles and other footprints are refused; a step out of order comes back on its field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AppealsPagesTest {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    Fixtures.TwoFamilies families;
    AccountView caseworker;
    String name;

    @BeforeEach
    void aCaseworkerInTheNorth() {
        families = fixtures.twoFamiliesInTwoFootprints();
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(families.north().id()));
        name = "Appellant" + Fixtures.next() + "x";
        jdbc.sql("update child set family_name = ? where id = ?").params(name, families.ownChild()).update();
    }

    private static MockHttpServletRequestBuilder dated(MockHttpServletRequestBuilder request, String prefix,
                                                       LocalDate date) {
        return request.param("day" + prefix, String.valueOf(date.getDayOfMonth()))
                .param("month" + prefix, String.valueOf(date.getMonthValue()))
                .param("year" + prefix, String.valueOf(date.getYear()));
    }

    private long open(String type, LocalDate decision) throws Exception {
        String location = mvc.perform(dated(dated(post("/caseworker/appeals").param("child",
                                String.valueOf(families.ownChild())), "", decision), "2", decision)
                        .param("type", type).param("version", "0").with(csrf()).with(SignedIn.as(caseworker)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private int version(long id) {
        return jdbc.sql("select version from disagreement where id = ?").param(id).query(Integer.class).single();
    }

    private void step(long id, String slug, MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.param("version", String.valueOf(version(id))).with(csrf()).with(SignedIn.as(caseworker)))
                .andExpect(status().is3xxRedirection());
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(SignedIn.as(caseworker))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void from_mediation_to_an_order_with_the_compliance_date_of_reg_44() throws Exception {
        assertThat(page("/children/" + families.ownChild()))
                .contains("/caseworker/appeals/new?child=" + families.ownChild());
        long id = open("CONTENTS", today.minusDays(100));
        String url = "/caseworker/appeals/" + id + "/steps/";
        step(id, "certificate", dated(post(url + "certificate"), "", today.minusDays(80))
                .param("mediationOutcome", "NOT_AGREED"));
        step(id, "appeal", dated(dated(post(url + "appeal"), "", today.minusDays(60)), "2", today.minusDays(20)));
        step(id, "hearing", dated(post(url + "hearing"), "", today.plusDays(30)));
        assertThat(page("/caseworker/appeals/" + id)).contains("Hearing listed", LONG.format(today.plusDays(30)));

        LocalDate order = today.minusDays(2);
        step(id, "outcome", dated(post(url + "outcome"), "", order).param("outcome", "ALLOWED")
                .param("compliance", "ORDER_AMEND_PLAN"));
        String html = page("/caseworker/appeals/" + id);
        assertThat(html).contains("Allowed: the tribunal made an order", "Issue the amended plan",
                "By " + LONG.format(order.plusWeeks(5)) + " (reg 44(2)(e))");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'DISAGREEMENT' and entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void a_concession_before_the_response_shows_each_reg_45_step_with_its_regulation_and_one_after_is_refused()
            throws Exception {
        long id = open("REFUSAL_TO_ASSESS", today.minusDays(100));
        String url = "/caseworker/appeals/" + id + "/steps/";
        step(id, "certificate", dated(post(url + "certificate"), "", today.minusDays(80))
                .param("mediationOutcome", "NOT_AGREED"));
        step(id, "appeal", dated(dated(post(url + "appeal"), "", today.minusDays(60)), "2", today.minusDays(2)));

        // the day after the response was due, a concession is not reg 45's: refused on the outcome, as typed
        String refused = mvc.perform(dated(post(url + "outcome"), "", today.minusDays(1)).param("outcome", "CONCEDED")
                        .param("compliance", "CONCEDED_ASSESS").param("version", String.valueOf(version(id)))
                        .with(csrf()).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("govuk-error-summary",
                "only before its response, due on " + LONG.format(today.minusDays(2)));

        LocalDate notice = today.minusDays(2);
        step(id, "outcome", dated(post(url + "outcome"), "", notice).param("outcome", "CONCEDED")
                .param("compliance", "CONCEDED_ASSESS"));
        assertThat(page("/caseworker/appeals/" + id)).contains(
                "By " + LONG.format(notice.plusWeeks(2)) + " (reg 45(3))",
                "By " + LONG.format(notice.plusWeeks(10)) + " (reg 45(3A)(a))",
                "By " + LONG.format(notice.plusWeeks(14)) + " (reg 45(3A)(b))");
    }

    @Test
    void the_last_day_to_appeal_is_two_months_from_the_decision_then_one_month_from_a_later_certificate_and_a_late_appeal_is_marked()
            throws Exception {
        LocalDate decision = today.minusDays(100);
        long id = open("CONTENTS", decision);
        String offered = page("/caseworker/appeals/" + id);
        assertThat(offered).contains("Last day to appeal to the tribunal",
                LONG.format(decision.plusMonths(2)) + " (2 months from the decision");
        assertThat(page("/caseworker/appeals?q=" + name)).contains("Appeal by " + decision.plusMonths(2).getDayOfMonth() + " ");
        assertThat(mvc.perform(get("/caseworker/appeals.csv?q=" + name).with(SignedIn.as(caseworker)))
                .andReturn().getResponse().getContentAsString().split("\r\n")[1])
                .endsWith("," + SHORT.format(decision.plusMonths(2)));

        // a certificate a month and a half after the decision gives one month from it, the later day
        LocalDate certificate = decision.plusDays(45);
        String url = "/caseworker/appeals/" + id + "/steps/";
        step(id, "certificate", dated(post(url + "certificate"), "", certificate).param("mediationOutcome", "NOT_AGREED"));
        assertThat(page("/caseworker/appeals/" + id)).contains(
                LONG.format(certificate.plusMonths(1)) + " (1 month from the mediation certificate");

        // registered the day after that: marked late on the page
        LocalDate registered = certificate.plusMonths(1).plusDays(1);
        step(id, "appeal", dated(dated(post(url + "appeal"), "", registered), "2", today.plusDays(20)));
        assertThat(page("/caseworker/appeals/" + id)).contains("Registered after the last day to appeal");
    }

    @Test
    void an_appeal_registered_on_the_last_day_is_not_marked_late() throws Exception {
        LocalDate decision = today.minusDays(90);
        long id = open("PLACEMENT", decision);
        String url = "/caseworker/appeals/" + id + "/steps/";
        step(id, "appeal", dated(dated(post(url + "appeal"), "", decision.plusMonths(2)), "2", today.plusDays(20)));
        assertThat(page("/caseworker/appeals/" + id)).contains(LONG.format(decision.plusMonths(2)))
                .doesNotContain("Registered after the last day to appeal");
    }

    @Test
    void an_appeal_needing_a_certificate_is_refused_on_its_field_and_an_empty_form_shows_every_error()
            throws Exception {
        long id = open("CONTENTS", today.minusDays(10));
        // the appeal step is not open before the certificate: as unknown
        mvc.perform(get("/caseworker/appeals/{id}/steps/appeal", id).with(SignedIn.as(caseworker)))
                .andExpect(status().isNotFound());
        String html = mvc.perform(post("/caseworker/appeals/{id}/steps/certificate", id)
                        .param("version", String.valueOf(version(id))).with(csrf()).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("govuk-error-summary", "Enter a date", "Select how mediation ended");
        String early = mvc.perform(dated(post("/caseworker/appeals/{id}/steps/certificate", id), "", today.minusDays(20))
                        .param("mediationOutcome", "AGREED").param("version", String.valueOf(version(id)))
                        .with(csrf()).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(early).contains("The certificate cannot come before mediation was offered on "
                + LONG.format(today.minusDays(10)));
    }

    @Test
    void the_list_filters_sorts_downloads_and_is_reached_from_the_caseload() throws Exception {
        long open = open("PLACEMENT", today.minusDays(10));
        assertThat(page("/caseworker")).contains("/caseworker/appeals?open=true", "1 open");
        assertThat(page("/caseworker/appeals?q=" + name)).contains("/caseworker/appeals/" + open, "Mediation offered",
                "School or setting named only");
        assertThat(page("/caseworker/appeals?q=" + name + "&open=false")).doesNotContain("/caseworker/appeals/" + open + "\"");
        assertThat(page("/caseworker/appeals?q=" + name + "&type=CEASE&sort=NAME"))
                .doesNotContain("/caseworker/appeals/" + open + "\"");
        String csv = mvc.perform(get("/caseworker/appeals.csv?q=" + name).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).startsWith("Child,Area,Appeal about,Stage,Mediation offered,Appeal registered")
                .contains(name + ", Alex", "School or setting named only");
    }

    @Test
    void other_roles_are_refused_and_another_footprints_appeal_is_as_unknown() throws Exception {
        long id = open("CEASE", today.minusDays(5));
        mvc.perform(get("/caseworker/appeals/{id}", id).with(SignedIn.as(families.parent())))
                .andExpect(status().isForbidden());
        AccountView south = fixtures.account(Role.CASEWORKER, null, Set.of(families.south().id()));
        mvc.perform(get("/caseworker/appeals/{id}", id).with(SignedIn.as(south))).andExpect(status().isNotFound());
        mvc.perform(get("/caseworker/appeals/{id}", 999_999_999L).with(SignedIn.as(south)))
                .andExpect(status().isNotFound());
        // a child out of scope is refused (and audited) as unknown, as on every other page that takes a child's id
        mvc.perform(get("/caseworker/appeals/new?child=" + families.ownChild()).with(SignedIn.as(south)))
                .andExpect(status().isNotFound());
    }
}
