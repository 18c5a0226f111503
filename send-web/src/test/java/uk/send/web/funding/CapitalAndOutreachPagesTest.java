package uk.send.web.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingDetails;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.funding.capital.CapitalGrants;
import uk.send.funding.outreach.Outreach;
import uk.send.funding.topup.FinancialYear;
import uk.send.web.security.SignedIn;

/**
 * Capital grants and outreach in the browser's steps, per page and per role: the SENCO applies for a capital grant,
 * the panel sees the footprint's position and decides against the capital budget (refused over it, with what
 * remains), the school sees the outcome; a mainstream SENCO requests outreach from a special school, its outreach
 * provider accepts against the quota and records sessions; the commissioner sets budgets and quotas and downloads
 * every footprint's position; and every refusal: another footprint's panel, another school, another provider.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CapitalAndOutreachPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    ReferenceData reference;
    @Autowired
    CapitalGrants grants;
    @Autowired
    Outreach outreach;
    @Autowired
    JdbcClient jdbc;

    FootprintView footprint;
    SettingView school;
    SettingView special;
    FinancialYear year;
    RequestPostProcessor senco;
    RequestPostProcessor panel;
    RequestPostProcessor provider;
    RequestPostProcessor commissioner;

    @BeforeAll
    void a_footprint_with_a_mainstream_school_a_special_school_and_their_people() throws Exception {
        footprint = fixtures.footprint();
        school = fixtures.school(footprint);
        special = special(footprint);
        year = FinancialYear.of(grants.today());
        senco = SignedIn.as(fixtures.account(Role.SENCO, school.id(), Set.of()));
        panel = SignedIn.as(fixtures.account(Role.PANEL, null, Set.of(footprint.id())));
        provider = SignedIn.as(fixtures.account(Role.OUTREACH, special.id(), Set.of()));
        commissioner = SignedIn.as(fixtures.account(Role.COMMISSIONER, null, Set.of()));
        mvc.perform(post("/commissioner/funding/capital/" + footprint.id() + "/" + year.startYear())
                .param("amount", "20000").with(commissioner).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/commissioner/funding/outreach/" + footprint.id() + "/" + year.startYear())
                .param("sessions", "12").with(commissioner).with(csrf())).andExpect(status().is3xxRedirection());
    }

    SettingView special(FootprintView in) {
        return reference.createSetting(new SettingDetails(String.valueOf(400000 + Fixtures.next()),
                "Special School " + Fixtures.next(), SettingType.SPECIAL_ACADEMY, Phase.ALL_THROUGH, in.id(), null, true),
                Fixtures.SYSTEM);
    }

    long applyForCapital(String amount) throws Exception {
        String location = mvc.perform(post("/school/capital/new").param("purpose", "ACCESS_ARRANGEMENTS")
                        .param("title", "Ramp to the hall").param("whatItBuys", "A ramp and handrails")
                        .param("whoItServes", "Pupils who use wheelchairs or walking frames").param("pupilsServed", "3")
                        .param("amount", amount).param("year", String.valueOf(year.startYear()))
                        .with(senco).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/school/capital/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void a_senco_applies_for_a_capital_grant_the_panel_approves_it_within_budget_and_the_school_sees_the_outcome()
            throws Exception {
        mvc.perform(get("/school").with(senco)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/school/capital")))
                .andExpect(content().string(containsString("/school/outreach")));
        mvc.perform(get("/school/capital/new").with(senco)).andExpect(status().isOk())
                .andExpect(content().string(containsString("without naming any child")));
        mvc.perform(post("/school/capital/new").param("title", "Kept title").param("amount", "lots")
                        .param("pupilsServed", "none").with(senco).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Choose what the grant is for")))
                .andExpect(content().string(containsString("Enter an amount in pounds")))
                .andExpect(content().string(containsString("Enter the number of pupils")))
                .andExpect(content().string(containsString("Kept title")));
        long id = applyForCapital("7,500.50");
        mvc.perform(get("/school/capital").with(senco)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/school/capital/" + id)))
                .andExpect(content().string(containsString("£7,500.50")));

        mvc.perform(get("/panel").with(panel)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Capital")))
                .andExpect(content().string(containsString("£20,000.00")))
                .andExpect(content().string(containsString("Outreach (sessions)")))
                .andExpect(content().string(containsString("/panel/capital")));
        mvc.perform(get("/panel/capital").with(panel)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/panel/capital/" + id)));
        mvc.perform(get("/panel/capital/" + id).with(panel)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Pupils who use wheelchairs")))
                .andExpect(content().string(containsString("£20,000.00")));
        LocalDate paid = grants.today();
        mvc.perform(post("/panel/capital/" + id + "/decision").param("decision", "APPROVE")
                        .param("paidDay", "31").param("paidMonth", "2").param("paidYear", "2026").param("version", "0")
                        .with(panel).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter a real payment date")));
        mvc.perform(post("/panel/capital/" + id + "/decision").param("decision", "APPROVE")
                        .param("paidDay", String.valueOf(paid.getDayOfMonth()))
                        .param("paidMonth", String.valueOf(paid.getMonthValue()))
                        .param("paidYear", String.valueOf(paid.getYear())).param("version", "0")
                        .with(panel).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/panel"));
        mvc.perform(get("/panel/capital/decisions").with(panel)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/panel/capital/" + id)));
        mvc.perform(get("/panel").with(panel)).andExpect(status().isOk())
                .andExpect(content().string(containsString("£12,499.50")));
        mvc.perform(get("/school/capital/" + id).with(senco)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Approved")));
    }

    @Test
    void an_approval_over_the_remaining_capital_budget_is_refused_on_the_page_with_the_amount_remaining()
            throws Exception {
        var small = fixtures.footprint();
        var smallSchool = fixtures.school(small);
        RequestPostProcessor smallSenco = SignedIn.as(fixtures.account(Role.SENCO, smallSchool.id(), Set.of()));
        RequestPostProcessor smallPanel = SignedIn.as(fixtures.account(Role.PANEL, null, Set.of(small.id())));
        mvc.perform(post("/commissioner/funding/capital/" + small.id() + "/" + year.startYear())
                .param("amount", "1000").with(commissioner).with(csrf())).andExpect(status().is3xxRedirection());
        RequestPostProcessor was = senco;
        senco = smallSenco;
        long id;
        try {
            id = applyForCapital("1000.01");
        } finally {
            senco = was;
        }
        LocalDate paid = grants.today();
        mvc.perform(post("/panel/capital/" + id + "/decision").param("decision", "APPROVE")
                        .param("paidDay", String.valueOf(paid.getDayOfMonth()))
                        .param("paidMonth", String.valueOf(paid.getMonthValue()))
                        .param("paidYear", String.valueOf(paid.getYear())).param("version", "0")
                        .with(smallPanel).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("The footprint has £1,000.00 left of its capital budget")));
        mvc.perform(post("/commissioner/funding/capital/" + small.id() + "/" + year.startYear())
                .param("amount", "-5").with(commissioner).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("govuk-error-summary")));
    }

    @Test
    void a_mainstream_senco_requests_outreach_the_special_school_accepts_against_the_quota_and_records_sessions()
            throws Exception {
        mvc.perform(get("/school/outreach/new").with(senco)).andExpect(status().isOk())
                .andExpect(content().string(containsString(special.name())));
        mvc.perform(post("/school/outreach/new").param("providerId", String.valueOf(special.id()))
                        .param("supportWanted", "Advice on regulation for a Year 5 group").param("sessions", "13")
                        .with(senco).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("sessions left of its outreach quota")))
                .andExpect(content().string(containsString("Advice on regulation for a Year 5 group")));
        String location = mvc.perform(post("/school/outreach/new").param("providerId", String.valueOf(special.id()))
                        .param("need", "SEMH").param("supportWanted", "Advice on regulation for a Year 5 group")
                        .param("sessions", "2").with(senco).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get("/").with(provider)).andExpect(redirectedUrl("/outreach"));
        mvc.perform(get("/outreach").with(provider)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/outreach/requests/" + id)));
        mvc.perform(post("/outreach/requests/" + id + "/answer").param("accept", "false").param("version", "0")
                        .with(provider).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter the reason for declining")));
        mvc.perform(post("/outreach/requests/" + id + "/answer").param("accept", "true").param("version", "0")
                .with(provider).with(csrf())).andExpect(status().is3xxRedirection());
        LocalDate today = outreach.today();
        LocalDate tomorrow = today.plusDays(1);
        mvc.perform(post("/outreach/requests/" + id + "/sessions").param("day", String.valueOf(tomorrow.getDayOfMonth()))
                        .param("month", String.valueOf(tomorrow.getMonthValue()))
                        .param("year", String.valueOf(tomorrow.getYear())).param("outcome", "Kept outcome")
                        .param("version", "1").with(provider).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("today or in the past")))
                .andExpect(content().string(containsString("Kept outcome")));
        for (int version = 1; version <= 2; version++) {
            mvc.perform(post("/outreach/requests/" + id + "/sessions").param("day", String.valueOf(today.getDayOfMonth()))
                    .param("month", String.valueOf(today.getMonthValue())).param("year", String.valueOf(today.getYear()))
                    .param("outcome", "Modelled a calm corner, session " + version).param("version", String.valueOf(version))
                    .with(provider).with(csrf())).andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/school/outreach/" + id).with(senco)).andExpect(status().isOk())
                .andExpect(content().string(containsString("All sessions delivered")))
                .andExpect(content().string(containsString("Modelled a calm corner, session 2")))
                .andExpect(content().string(not(containsString("/outreach/requests/" + id + "/sessions"))));
        mvc.perform(get("/commissioner/funding").with(commissioner)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Outreach quotas by footprint")));
    }

    @Test
    void the_commissioner_downloads_every_footprint_s_position_with_the_screen_s_labels_and_the_download_is_audited()
            throws Exception {
        String csv = mvc.perform(get("/commissioner/funding.csv").param("year", String.valueOf(year.startYear()))
                        .with(commissioner))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("Footprint,Financial year,Top-up: Budget,Top-up: Committed,Top-up: Spent,"
                + "Top-up: Remaining,Capital: Budget,Capital: Committed,Capital: Spent,Capital: Remaining,"
                + "Outreach sessions: Quota,");
        // top-up not set (empty budget), the capital budget of £20,000 and the quota of 12 sessions
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith(footprint.name() + "," + year.label() + ",,0.00,0.00,0.00,20000.00,")
                .contains(",12,"));
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'DOWNLOADED' and entity_id = 'footprint-funding'
                        and detail = :d""")
                .param("d", "footprint funding " + year.label()).query(Long.class).single()).isPositive();
    }

    @Test
    void another_footprint_s_panel_another_school_and_another_provider_find_no_such_application_or_request()
            throws Exception {
        long capital = applyForCapital("100");
        long request = outreach.request(accounts.viewer(fixtures.account(Role.SENCO, school.id(), Set.of()).id())
                .orElseThrow(), new uk.send.funding.outreach.NewOutreachRequest(special.id(), null, "Help", 1));
        var elsewhere = fixtures.footprint();
        AccountView otherPanel = fixtures.account(Role.PANEL, null, Set.of(elsewhere.id()));
        AccountView otherSenco = fixtures.account(Role.SENCO, fixtures.school(elsewhere).id(), Set.of());
        AccountView otherProvider = fixtures.account(Role.OUTREACH, special(elsewhere).id(), Set.of());

        mvc.perform(get("/panel/capital/" + capital).with(SignedIn.as(otherPanel))).andExpect(status().isNotFound());
        mvc.perform(get("/school/capital/" + capital).with(SignedIn.as(otherSenco))).andExpect(status().isNotFound());
        mvc.perform(get("/school/outreach/" + request).with(SignedIn.as(otherSenco))).andExpect(status().isNotFound());
        mvc.perform(get("/outreach/requests/" + request).with(SignedIn.as(otherProvider)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/outreach/requests/" + request + "/answer").param("accept", "true").param("version", "0")
                .with(SignedIn.as(otherProvider)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/outreach/requests/999999999").with(provider)).andExpect(status().isNotFound());
        mvc.perform(get("/outreach").with(SignedIn.as(otherProvider))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/outreach/requests/" + request + "\""))));
        mvc.perform(get("/panel/capital").with(SignedIn.as(otherPanel))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/panel/capital/" + capital + "\""))));
    }

    @Test
    void other_roles_are_refused_capital_and_outreach_pages() throws Exception {
        mvc.perform(get("/outreach").with(senco)).andExpect(status().isForbidden());
        mvc.perform(get("/school/outreach").with(provider)).andExpect(status().isForbidden());
        mvc.perform(get("/panel/capital").with(provider)).andExpect(status().isForbidden());
        mvc.perform(get("/commissioner/funding.csv").with(panel)).andExpect(status().isForbidden());
        mvc.perform(get("/school/capital").with(panel)).andExpect(status().isForbidden());
        mvc.perform(get("/children/1").with(provider)).andExpect(status().isForbidden());
    }

    @Test
    void a_special_school_s_senco_is_not_offered_the_outreach_request_form() throws Exception {
        RequestPostProcessor specialSenco = SignedIn.as(fixtures.account(Role.SENCO, special.id(), Set.of()));
        mvc.perform(get("/school/outreach").with(specialSenco)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Outreach is requested by mainstream schools")));
        mvc.perform(get("/school/outreach/new").with(specialSenco)).andExpect(status().isNotFound());
    }
}
