package uk.send.web.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.reference.FootprintSummary;
import uk.send.domain.reference.ReferenceStatistics;
import uk.send.domain.reference.SenProvision;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.plan.EhcPlans;
import uk.send.web.security.SignedIn;

/**
 * The plan at its own address, for each role that reads it and each that must not; its forms against input
 * that cannot be stored; and what a final plan changes: the child becomes E on the census, and the
 * commissioner's count of EHC plans goes up by one.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    NeedsAssessments assessments;

    @Autowired
    EhcPlans plans;

    @Autowired
    AccountService accounts;

    @Autowired
    ChildDirectory children;

    @Autowired
    ReferenceStatistics statistics;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    Fixtures.TwoFamilies families;
    AccountView caseworker;
    Viewer viewer;
    long assessmentId;
    long planId;
    long plansCountedBefore;
    SenProvision provisionAtDraft;

    @BeforeAll
    void a_plan_taken_to_its_final_version() throws Exception {
        families = fixtures.twoFamiliesInTwoFootprints();
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(families.north().id()));
        viewer = accounts.viewer(caseworker.id()).orElseThrow();
        plansCountedBefore = countedPlans();
        LocalDate received = today.minusWeeks(19);
        String location = mvc.perform(on(post("/caseworker/assessments").param("child", String.valueOf(families.ownChild())), received)
                        .param("requestedBy", "SETTING").param("text", "Little progress despite SEN Support").param("version", "0"))
                .andReturn().getResponse().getRedirectedUrl();
        assessmentId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        step("decide-to-assess", received.plusWeeks(4));
        step("request-advice", received.plusWeeks(4), "source", "EDUCATIONAL_PSYCHOLOGY", "addressee", "Educational psychology service");
        step("receive-advice", received.plusWeeks(9), "adviceId", String.valueOf(assessments.view(viewer, assessmentId).advice().get(0).id()),
                "text", "Needs a structured, visual day.");
        step("decide-to-issue", received.plusWeeks(10));
        planId = plans.forAssessment(viewer, assessmentId).orElseThrow().id();
        post200("/plans/{id}/outcomes", "outcome", "Reads a timetable", "steps", "With a visual schedule",
                "day", "1", "month", "9", "year", String.valueOf(today.getYear() + 1));
        post200("/plans/{id}/provision", "what", "Speech and language therapy", "howOften", "Weekly", "howLong", "45 minutes",
                "byWhom", "Therapist");
        step("issue-draft", received.plusWeeks(11));
        provisionAtDraft = children.view(viewer, families.ownChild()).summary().senProvision();
        step("draft-response", received.plusWeeks(12), "text", "We agree", "settingId", String.valueOf(families.northSchool().id()));
        step("finalise", received.plusWeeks(13), "settingId", String.valueOf(families.northSchool().id()));
    }

    private long countedPlans() {
        return statistics.byFootprint().stream().mapToLong(FootprintSummary::ehcPlans).sum();
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(SignedIn.as(caseworker));
    }

    private MockHttpServletRequestBuilder on(MockHttpServletRequestBuilder request, LocalDate date) {
        return as(request.param("day", String.valueOf(date.getDayOfMonth()))
                .param("month", String.valueOf(date.getMonthValue())).param("year", String.valueOf(date.getYear())));
    }

    private void step(String slug, LocalDate date, String... params) throws Exception {
        MockHttpServletRequestBuilder request = on(post("/caseworker/assessments/{id}/steps/{slug}", assessmentId, slug), date)
                .param("version", String.valueOf(assessments.view(viewer, assessmentId).version()));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private int version() {
        return plans.view(viewer, planId).working().version();
    }

    private ResultActions submit(String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request = as(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path, planId));
        boolean hasVersion = false;
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
            hasVersion |= params[i].equals("version");
        }
        if (!hasVersion) {
            request.param("version", String.valueOf(version()));
        }
        return mvc.perform(request);
    }

    private void post200(String path, String... params) throws Exception {
        submit(path, params).andExpect(status().is3xxRedirection());
    }

    /** The page again, with the error summary linking to the field, and what was typed still there. */
    private void refusedOn(String field, ResultActions result) throws Exception {
        result.andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#" + field + "\"")))
                .andExpect(content().string(containsString("id=\"" + field + "\"")));
    }

    private ResultActions getAs(AccountView account, String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(SignedIn.as(account)));
    }

    // --- what a final plan changes

    @Test
    void finalising_the_plan_makes_the_child_E_on_the_census_and_the_commissioner_counts_one_more_plan() {
        assertThat(provisionAtDraft).as("a draft is not a plan").isNotEqualTo(SenProvision.E);
        assertThat(children.view(viewer, families.ownChild()).summary().senProvision()).isEqualTo(SenProvision.E);
        assertThat(countedPlans()).isEqualTo(plansCountedBefore + 1);
    }

    // --- who reads what

    @Test
    void the_caseworker_sees_the_working_copy_and_the_versions_and_the_draft_is_marked_as_a_draft() throws Exception {
        getAs(caseworker, "/plans/{id}", planId).andExpect(status().isOk())
                .andExpect(content().string(containsString("Working copy")))
                .andExpect(content().string(containsString("govuk-tag--yellow")));
        getAs(caseworker, "/plans/{id}/versions/1", planId).andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-tag--yellow")));
        getAs(caseworker, "/plans/{id}/versions/0", planId).andExpect(status().isOk());
    }

    @Test
    void the_parent_reads_the_issued_versions_and_the_pdf_but_never_the_working_copy() throws Exception {
        AccountView parent = families.parent();
        getAs(parent, "/plans/{id}", planId).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Working copy"))))
                .andExpect(content().string(containsString("Version 2")));
        getAs(parent, "/plans/{id}/versions/2", planId).andExpect(status().isOk());
        getAs(parent, "/plans/{id}/compare?from=1&to=2", planId).andExpect(status().isOk());
        long downloadsBefore = planDownloads(parent, planId);
        getAs(parent, "/plans/{id}/versions/2.pdf", planId).andExpect(status().isOk());
        assertThat(planDownloads(parent, planId)).as("the PDF recorded as a download of the plan")
                .isEqualTo(downloadsBefore + 1);
        getAs(parent, "/plans/{id}/versions/0", planId).andExpect(status().isNotFound());
        getAs(parent, "/plans/{id}/versions/0.pdf", planId).andExpect(status().isNotFound());
        getAs(parent, "/plans/{id}/sections/A", planId).andExpect(status().isForbidden());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/plans/{id}/sections/A", planId)
                        .with(csrf()).with(SignedIn.as(parent)).param("text", "x").param("version", String.valueOf(version())))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_child_record_links_to_the_plan_for_the_parent_and_the_caseworker() throws Exception {
        getAs(families.parent(), "/children/{id}", families.ownChild())
                .andExpect(content().string(containsString("/plans/" + planId)));
        getAs(caseworker, "/children/{id}", families.ownChild())
                .andExpect(content().string(containsString("/plans/" + planId)));
    }

    @Test
    void the_senco_of_the_childs_school_reads_the_issued_versions_only() throws Exception {
        AccountView senco = fixtures.account(Role.SENCO, families.northSchool().id(), Set.of());
        getAs(senco, "/plans/{id}", planId).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Working copy"))));
        getAs(senco, "/plans/{id}/versions/2.pdf", planId).andExpect(status().isOk());
        getAs(senco, "/plans/{id}/versions/0", planId).andExpect(status().isNotFound());
    }

    @Test
    void another_family_another_school_and_another_footprint_are_refused_by_url_and_by_id() throws Exception {
        AccountView otherParent = fixtures.account(Role.PARENT, null, Set.of());
        AccountView otherSenco = fixtures.account(Role.SENCO, fixtures.school(families.south()).id(), Set.of());
        AccountView southCaseworker = fixtures.account(Role.CASEWORKER, null, Set.of(families.south().id()));
        for (AccountView outsider : new AccountView[] {otherParent, otherSenco, southCaseworker}) {
            getAs(outsider, "/plans/{id}", planId).andExpect(status().isNotFound());
            getAs(outsider, "/plans/{id}/versions/2", planId).andExpect(status().isNotFound());
            getAs(outsider, "/plans/{id}/versions/2.pdf", planId).andExpect(status().isNotFound());
            assertThat(planDownloads(outsider, planId)).as("a refused PDF is no download").isZero();
            getAs(outsider, "/plans/{id}/compare?from=1&to=2", planId).andExpect(status().isNotFound());
        }
        AccountView commissioner = fixtures.account(Role.COMMISSIONER, null, Set.of());
        getAs(commissioner, "/plans/{id}", planId).andExpect(status().isForbidden());
        getAs(caseworker, "/plans/{id}", Long.MAX_VALUE).andExpect(status().isNotFound());
        getAs(caseworker, "/plans/{id}/versions/{n}", planId, 99).andExpect(status().isNotFound());
        getAs(caseworker, "/plans/{id}/versions/{n}", planId, "abc").andExpect(status().isNotFound());
        getAs(caseworker, "/plans/{id}/compare?from=x&to=2", planId).andExpect(status().isNotFound());
        getAs(caseworker, "/plans/{id}/sections/{s}", planId, "Z").andExpect(status().isNotFound());
    }

    // --- forms never reach a 500

    @Test
    void a_section_longer_than_its_column_or_with_a_control_character_is_a_field_error_keeping_the_text() throws Exception {
        String longText = "a".repeat(8001);
        refusedOn("text", submit("/plans/{id}/sections/A", "text", longText));
        submit("/plans/{id}/sections/A", "text", longText).andExpect(content().string(containsString(longText)))
                .andExpect(content().string(containsString("The section must be 8,000 characters or fewer")));
        refusedOn("text", submit("/plans/{id}/sections/A", "text", "before\u0000after"));
        refusedOn("text", submit("/plans/{id}/sections/B", "text", "bell\u0007"));
        post200("/plans/{id}/sections/A", "text", "a".repeat(7999) + "\u00e9");
        post200("/plans/{id}/sections/A", "text", "Two lines\r\nand\ta tab");
    }

    @Test
    void outcome_fields_over_their_columns_an_unreal_date_and_unknown_choices_are_field_errors() throws Exception {
        refusedOn("outcome", submit("/plans/{id}/outcomes", "outcome", "o".repeat(2001), "steps", "s", "day", "1", "month", "1", "year", "2030"));
        refusedOn("steps", submit("/plans/{id}/outcomes", "outcome", "o", "steps", "s".repeat(4001), "day", "1", "month", "1", "year", "2030"));
        refusedOn("day", submit("/plans/{id}/outcomes", "outcome", "o", "steps", "s", "day", "31", "month", "2", "year", "2026"));
        refusedOn("day", submit("/plans/{id}/outcomes", "outcome", "o", "steps", "s", "day", "x", "month", "1", "year", "99999"));
        refusedOn("adulthoodArea", submit("/plans/{id}/outcomes", "outcome", "o", "steps", "s", "day", "1", "month", "1", "year", "2030",
                "adulthoodArea", "BOGUS"));
        refusedOn("tag", submit("/plans/{id}/outcomes", "outcome", "o", "steps", "s", "day", "1", "month", "1", "year", "2030",
                "tag", "BOGUS"));
        refusedOn("outcome", submit("/plans/{id}/outcomes", "outcome", "nul\u0000", "steps", "s", "day", "1", "month", "1", "year", "2030"));
        submit("/plans/{id}/outcomes", "outcome", "Kept as typed", "steps", "s", "day", "31", "month", "2", "year", "2026")
                .andExpect(content().string(containsString("Kept as typed")));
    }

    @Test
    void provision_fields_over_their_columns_or_with_control_characters_are_field_errors() throws Exception {
        refusedOn("what", submit("/plans/{id}/provision", "what", "w".repeat(2001), "howOften", "Weekly", "howLong", "1 hour", "byWhom", "TA"));
        refusedOn("howOften", submit("/plans/{id}/provision", "what", "w", "howOften", "h".repeat(201), "howLong", "1 hour", "byWhom", "TA"));
        refusedOn("howLong", submit("/plans/{id}/provision", "what", "w", "howOften", "Weekly", "howLong", "line\nbreak", "byWhom", "TA"));
        refusedOn("byWhom", submit("/plans/{id}/provision", "what", "w", "howOften", "Weekly", "howLong", "1 hour", "byWhom", "\u0000"));
    }

    @Test
    void a_setting_id_that_is_not_a_number_or_not_a_setting_is_a_field_error() throws Exception {
        refusedOn("settingId", submit("/plans/{id}/placement", "settingId", "abc"));
        refusedOn("settingId", submit("/plans/{id}/placement", "settingId", "99999999999"));
        refusedOn("settingId", submit("/plans/{id}/placement", "settingId", "123456789012345678901234567890"));
        refusedOn("settingId", submit("/plans/{id}/placement", "settingId", ""));
    }

    @Test
    void removing_an_item_that_is_not_there_is_not_found_and_a_page_with_no_version_is_a_conflict() throws Exception {
        for (String index : new String[] {"-1", "999", "abc", "2147483648"}) {
            submit("/plans/{id}/outcomes/" + index + "/remove").andExpect(status().isNotFound());
            submit("/plans/{id}/provision/" + index + "/remove").andExpect(status().isNotFound());
        }
        submit("/plans/{id}/sections/A", "text", "fine", "version", "x").andExpect(status().isConflict());
        submit("/plans/{id}/outcomes/0/remove", "version", "").andExpect(status().isConflict());
    }

    // --- the plan document right in law (CFA 2014 s.38(5)) and section J

    private String pdfText(AccountView account, String path) throws Exception {
        byte[] body = getAs(account, path, planId).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(body)) {
            StringBuilder pages = new StringBuilder();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                pages.append("\f").append(text);
            }
            return pages.toString();
        }
    }

    @Test
    void the_draft_names_no_setting_in_section_i_and_shows_the_familys_request_beside_it_while_the_final_plan_names_it()
            throws Exception {
        String school = families.northSchool().name();
        for (AccountView reader : new AccountView[] {caseworker, families.parent()}) {
            String draft = getAs(reader, "/plans/{id}/versions/1", planId).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            String sectionI = draft.substring(draft.indexOf("id=\"section-i\""), draft.indexOf("id=\"family-request\""));
            assertThat(sectionI).contains("Not named in a draft").doesNotContain(school);
            assertThat(draft).contains("Requested by the family").contains(school).contains("Superseded")
                    .contains("This is a draft");
            getAs(reader, "/plans/{id}/versions/2", planId).andExpect(status().isOk())
                    .andExpect(content().string(containsString(school)))
                    .andExpect(content().string(not(containsString("Not named in a draft"))))
                    .andExpect(content().string(not(containsString("This version has been superseded"))));
        }
        String draftPdf = pdfText(caseworker, "/plans/{id}/versions/1.pdf");
        assertThat(draftPdf).contains("Not named in a draft").contains("Requested by the family")
                .doesNotContain("Name of setting");
        for (String page : draftPdf.substring(1).split("\f")) {
            assertThat(page).contains("DRAFT").contains("SUPERSEDED");
        }
        String finalPdf = pdfText(families.parent(), "/plans/{id}/versions/2.pdf");
        assertThat(finalPdf).contains("Name of setting").contains(school).doesNotContain("DRAFT")
                .doesNotContain("SUPERSEDED").doesNotContain("Requested by the family");
    }

    @Test
    void section_j_is_written_on_its_form_and_shown_read_only_to_the_parent() throws Exception {
        getAs(caseworker, "/plans/{id}/budget", planId).andExpect(status().isOk())
                .andExpect(content().string(containsString("Was a personal budget requested?")));
        post200("/plans/{id}/budget", "requested", "true", "amount", "£2,400.50", "covers", "EDUCATION", "covers", "SOCIAL_CARE",
                "directPayments", "true", "arrangements", "Paid to the family for a personal assistant");
        uk.send.pathway.plan.PersonalBudget budget = plans.view(viewer, planId).working().budget();
        assertThat(budget).isEqualTo(new uk.send.pathway.plan.PersonalBudget(true, 240_050L, true, false, true, true,
                "Paid to the family for a personal assistant"));
        getAs(caseworker, "/plans/{id}", planId).andExpect(content().string(containsString("£2,400.50")))
                .andExpect(content().string(containsString("/plans/" + planId + "/budget")));
        // the parent reads section J of the issued versions only, never the form
        getAs(families.parent(), "/plans/{id}/versions/2", planId).andExpect(status().isOk())
                .andExpect(content().string(containsString("J: Personal budget")))
                .andExpect(content().string(not(containsString("/budget"))));
        getAs(families.parent(), "/plans/{id}/budget", planId).andExpect(status().isForbidden());
        AccountView senco = fixtures.account(Role.SENCO, families.northSchool().id(), Set.of());
        getAs(senco, "/plans/{id}/budget", planId).andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/budget", planId).with(csrf()).with(SignedIn.as(families.parent()))
                .param("requested", "false").param("version", String.valueOf(version()))).andExpect(status().isForbidden());
        AccountView southCaseworker = fixtures.account(Role.CASEWORKER, null, Set.of(families.south().id()));
        getAs(southCaseworker, "/plans/{id}/budget", planId).andExpect(status().isNotFound());
        // "no" sets aside what only a requested budget has
        post200("/plans/{id}/budget", "requested", "false", "amount", "12", "directPayments", "true", "arrangements", "Not asked for");
        assertThat(plans.view(viewer, planId).working().budget()).isEqualTo(
                new uk.send.pathway.plan.PersonalBudget(false, null, false, false, false, null, "Not asked for"));
    }

    @Test
    void section_j_refuses_what_is_missing_or_out_of_range_as_field_errors_keeping_what_was_typed() throws Exception {
        refusedOn("requested", submit("/plans/{id}/budget", "arrangements", "Kept"));
        submit("/plans/{id}/budget", "arrangements", "Kept as typed").andExpect(content().string(containsString("Kept as typed")));
        refusedOn("requested", submit("/plans/{id}/budget", "requested", "maybe"));
        refusedOn("amount", submit("/plans/{id}/budget", "requested", "true", "covers", "HEALTH", "directPayments", "false"));
        refusedOn("amount", submit("/plans/{id}/budget", "requested", "true", "amount", "12.345", "covers", "HEALTH", "directPayments", "false"));
        refusedOn("amount", submit("/plans/{id}/budget", "requested", "true", "amount", "0", "covers", "HEALTH", "directPayments", "false"));
        refusedOn("amount", submit("/plans/{id}/budget", "requested", "true", "amount", "1000000.01", "covers", "HEALTH", "directPayments", "false"));
        refusedOn("amount", submit("/plans/{id}/budget", "requested", "true", "amount", "9".repeat(40), "covers", "HEALTH", "directPayments", "false"));
        refusedOn("covers", submit("/plans/{id}/budget", "requested", "true", "amount", "100", "directPayments", "false"));
        refusedOn("covers", submit("/plans/{id}/budget", "requested", "true", "amount", "100", "covers", "BOGUS", "directPayments", "false"));
        refusedOn("directPayments", submit("/plans/{id}/budget", "requested", "true", "amount", "100", "covers", "HEALTH"));
        refusedOn("arrangements", submit("/plans/{id}/budget", "requested", "false", "arrangements", "a".repeat(8001)));
        refusedOn("arrangements", submit("/plans/{id}/budget", "requested", "false", "arrangements", "nul\u0000"));
        submit("/plans/{id}/budget", "requested", "true", "amount", "1000000.01", "covers", "HEALTH", "directPayments", "false")
                .andExpect(content().string(containsString("1000000.01")));
        submit("/plans/{id}/budget", "requested", "false", "version", "x").andExpect(status().isConflict());
    }

    @Autowired
    uk.send.pathway.appeal.Disagreements disagreements;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Downloads of the plan's documents recorded against the plan, by this account. */
    private long planDownloads(AccountView who, long plan) {
        return jdbc.sql("""
                        select count(*) from audit_event where action = 'DOWNLOADED' and entity_type = 'PLAN'
                        and entity_id = :plan and actor_id = :a""")
                .param("plan", String.valueOf(plan)).param("a", who.id()).query(Long.class).single();
    }

    @Test
    void the_childs_appeals_show_on_the_plan_page_and_the_familys_case_page_but_not_to_the_school() throws Exception {
        long appeal = disagreements.open(viewer, families.ownChild(), uk.send.pathway.appeal.AppealType.CONTENTS,
                today.minusDays(5), today.minusDays(3));

        getAs(caseworker, "/plans/{id}", planId).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mediation and appeals")))
                .andExpect(content().string(containsString("Contents of the plan")))
                .andExpect(content().string(containsString("Mediation offered")))
                .andExpect(content().string(containsString("/caseworker/appeals/" + appeal)));
        getAs(families.parent(), "/plans/{id}", planId).andExpect(status().isOk())
                .andExpect(content().string(containsString("Contents of the plan")))
                .andExpect(content().string(not(containsString("/caseworker/appeals/"))));
        getAs(families.parent(), "/parent/cases/{id}", assessmentId).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mediation and appeals")))
                .andExpect(content().string(containsString("Contents of the plan")))
                // the family reads the last day to appeal: 2 months from the decision, none registered yet
                .andExpect(content().string(containsString("Last day to appeal to the tribunal")))
                .andExpect(content().string(containsString(java.time.format.DateTimeFormatter
                        .ofPattern("d MMMM yyyy", java.util.Locale.UK).format(today.minusDays(5).plusMonths(2)))));
        AccountView senco = fixtures.account(Role.SENCO, families.northSchool().id(), Set.of());
        getAs(senco, "/plans/{id}", planId).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Mediation and appeals"))));
        assertThat(disagreements.forChild(accounts.viewer(senco.id()).orElseThrow(), families.ownChild())).isEmpty();
        AccountView southCaseworker = fixtures.account(Role.CASEWORKER, null, Set.of(families.south().id()));
        assertThat(disagreements.forChild(accounts.viewer(southCaseworker.id()).orElseThrow(), families.ownChild())).isEmpty();
    }
}
