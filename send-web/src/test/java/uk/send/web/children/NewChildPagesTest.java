package uk.send.web.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.NhsNumber;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.Upn;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/**
 * Recording a child not yet known: who may open the page, the checks on what is typed (UPN check letter, NHS
 * number check digit, postcode to footprint), the caseworker's scope, likely duplicates shown before saving,
 * and the request form that follows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NewChildPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ReferenceData reference;
    @Autowired
    JdbcClient jdbc;

    private FootprintView north;
    private FootprintView south;
    private String northDistrict;
    private String southDistrict;
    private AccountView caseworker;
    private final LocalDate born = LocalDate.now(ZoneId.of("Europe/London")).minusYears(7);

    @BeforeEach
    void twoFootprintsWithTheirPostcodes() {
        north = fixtures.footprint();
        south = fixtures.footprint();
        northDistrict = district();
        southDistrict = district();
        reference.coverPostcodes(north.id(), List.of(northDistrict), Fixtures.SYSTEM);
        reference.coverPostcodes(south.id(), List.of(southDistrict), Fixtures.SYSTEM);
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(north.id()));
    }

    /**
     * A postcode district no other test uses: two letters and a digit, never in the demo's invented area "DB"
     * (its districts belong to the demo footprints: a test that took one, say DB4, made the demo loader find it held).
     */
    static String district() {
        int n = Fixtures.next();
        return "" + NOT_D.charAt((n / 260) % NOT_D.length()) + (char) ('A' + (n / 10) % 26) + (n % 10);
    }

    private static final String NOT_D = "ABCEFGHIJKLMNOPQRSTUVWXYZ";

    /** A valid new child as the form posts it; {@code changes} are name, value pairs that replace or add fields. */
    private MockHttpServletRequestBuilder child(String familyName, String postcode, String... changes) {
        return childTo("/children/new", familyName, postcode, changes);
    }

    private MockHttpServletRequestBuilder childTo(String path, String familyName, String postcode, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("givenName", "Robin");
        fields.put("familyName", familyName);
        fields.put("day", String.valueOf(born.getDayOfMonth()));
        fields.put("month", String.valueOf(born.getMonthValue()));
        fields.put("year", String.valueOf(born.getYear()));
        fields.put("homePostcode", postcode);
        fields.put("upn", "");
        fields.put("nhsNumber", "");
        fields.put("carerGivenName", "Sam");
        fields.put("carerFamilyName", familyName);
        fields.put("carerRelationship", "MOTHER");
        fields.put("carerParentalResponsibility", "true");
        fields.put("carerPhone", "01632 960123");
        fields.put("carerAddress", "1 Demo Road\nDemo Town");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private long childCalled(String familyName) {
        return jdbc.sql("select id from child where family_name = :f").param("f", familyName).query(Long.class).single();
    }

    private int childrenCalled(String familyName) {
        return jdbc.sql("select count(*) from child where family_name = :f").param("f", familyName).query(Integer.class).single();
    }

    @Test
    void a_caseworker_and_an_administrator_open_the_form_and_no_other_role_does() throws Exception {
        String html = mvc.perform(get("/children/new").with(SignedIn.as(caseworker))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Record a child who is not on the system yet", "name=\"homePostcode\"",
                "name=\"secondCarerGivenName\"", north.name()).doesNotContain(">" + south.name() + "<");
        mvc.perform(get("/children/new").with(SignedIn.as(fixtures.account(Role.ADMIN, null, Set.of()))))
                .andExpect(status().isOk());
        for (Role role : List.of(Role.PARENT, Role.SENCO, Role.PANEL, Role.COMMISSIONER, Role.ADVISER)) {
            AccountView someone = fixtures.account(role, role.isSettingScoped() ? fixtures.school(north).id() : null,
                    role == Role.PANEL ? Set.of(north.id()) : Set.of());
            mvc.perform(get("/children/new").with(SignedIn.as(someone))).andExpect(status().isForbidden());
            mvc.perform(child(AdminNames.unique(), northDistrict + " 1AA").with(SignedIn.as(someone)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void the_administrators_address_leads_to_the_form() throws Exception {
        mvc.perform(get("/admin/children/new").with(SignedIn.as(fixtures.account(Role.ADMIN, null, Set.of()))))
                .andExpect(redirectedUrl("/children/new"));
        mvc.perform(get("/admin/children/new").with(SignedIn.as(caseworker))).andExpect(status().isForbidden());
    }

    @Test
    void the_caseworkers_pages_link_to_the_form() throws Exception {
        assertThat(mvc.perform(get("/caseworker/children").with(SignedIn.as(caseworker))).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/children/new\"");
        assertThat(mvc.perform(get("/caseworker").with(SignedIn.as(caseworker))).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/children/new\"");
    }

    @Test
    void a_caseworker_records_a_child_in_their_footprint_and_goes_on_to_the_request_with_that_child() throws Exception {
        String family = AdminNames.unique();
        MockHttpServletResponse response = mvc.perform(child(family, northDistrict.toLowerCase() + "1aa",
                        "secondCarerGivenName", "Lee", "secondCarerFamilyName", family,
                        "secondCarerRelationship", "FATHER", "secondCarerParentalResponsibility", "true",
                        "secondCarerEmail", "lee@example.test")
                        .with(SignedIn.as(caseworker)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();

        long id = childCalled(family);
        assertThat(response.getRedirectedUrl()).isEqualTo("/caseworker/assessments/new?child=" + id);
        assertThat(jdbc.sql("select home_footprint_id from child where id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(north.id());
        assertThat(jdbc.sql("select home_postcode from child where id = :id").param("id", id).query(String.class).single())
                .isEqualTo(northDistrict + " 1AA");
        assertThat(jdbc.sql("select count(*) from carer where child_id = :id").param("id", id).query(Integer.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select detail from audit_event where action = 'CHILD_CREATED' and entity_id = :id")
                .param("id", String.valueOf(id)).query(String.class).single())
                .isEqualTo("recorded by hand with 2 carers").doesNotContain(family);

        String request = mvc.perform(get(response.getRedirectedUrl()).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(request).contains("Robin " + family, "Record a request for an EHC needs assessment");
    }

    @Test
    void a_caseworker_records_a_new_child_and_then_their_request_in_one_journey() throws Exception {
        String family = AdminNames.unique();
        int n = Fixtures.next();
        String upn = Upn.generate(996, n % 10000, 16, n % 1000).value();
        String nhs = NhsNumber.generate(987_000_000L + n).value();

        // 1. the child, with identifiers typed as people type them (spaces, lower case) and two carers
        MockHttpServletResponse saved = mvc.perform(child(family, northDistrict.toLowerCase() + " 1ab",
                        "upn", upn.toLowerCase(), "nhsNumber", nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6),
                        "secondCarerGivenName", "Lee", "secondCarerFamilyName", family,
                        "secondCarerRelationship", "FATHER", "secondCarerParentalResponsibility", "true",
                        "secondCarerEmail", "lee@example.test")
                        .with(SignedIn.as(caseworker)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        long id = childCalled(family);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/caseworker/assessments/new?child=" + id);
        assertThat(jdbc.sql("select upn || ' ' || nhs_number || ' ' || home_footprint_id from child where id = :id")
                .param("id", id).query(String.class).single()).isEqualTo(upn + " " + nhs + " " + north.id());

        // 2. the request form that follows names the child; 3. the request recorded opens their case
        assertThat(mvc.perform(get(saved.getRedirectedUrl()).with(SignedIn.as(caseworker))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Robin " + family, "action=\"/caseworker/assessments?child=" + id + "\"");
        LocalDate received = LocalDate.now(ZoneId.of("Europe/London")).minusDays(2);
        MockHttpServletResponse request = mvc.perform(post("/caseworker/assessments").param("child", String.valueOf(id))
                        .param("requestedBy", "PARENT").param("text", "The family asks for an assessment")
                        .param("day", String.valueOf(received.getDayOfMonth()))
                        .param("month", String.valueOf(received.getMonthValue()))
                        .param("year", String.valueOf(received.getYear())).param("version", "0")
                        .with(csrf()).with(SignedIn.as(caseworker)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        assertThat(request.getRedirectedUrl()).startsWith("/caseworker/assessments/");
        long assessment = Long.parseLong(request.getRedirectedUrl().substring(request.getRedirectedUrl().lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select child_id from needs_assessment where id = :id").param("id", assessment)
                .query(Long.class).single()).isEqualTo(id);
        assertThat(mvc.perform(get(request.getRedirectedUrl()).with(SignedIn.as(caseworker))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Robin " + family);
        assertThat(mvc.perform(get("/children/{id}", id).with(SignedIn.as(caseworker))).andReturn().getResponse()
                .getContentAsString()).contains("/caseworker/assessments/" + assessment);
    }

    @Test
    void a_child_living_in_another_caseworkers_footprint_is_refused_on_the_postcode_and_not_saved() throws Exception {
        String family = AdminNames.unique();
        String html = mvc.perform(child(family, southDistrict + " 2BB").with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("govuk-error-summary", "href=\"#homePostcode\"",
                "This postcode is in the " + south.name() + " footprint, which is not one of yours");
        assertThat(childrenCalled(family)).isZero();
    }

    @Test
    void a_postcode_in_no_footprint_is_a_field_error_unless_a_footprint_is_chosen() throws Exception {
        String family = AdminNames.unique();
        String html = mvc.perform(child(family, "QQ9 9ZZ").with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("The postcode district QQ9 is not in any footprint", "value=\"QQ9 9ZZ\"");
        assertThat(childrenCalled(family)).isZero();

        mvc.perform(child(family, "QQ9 9ZZ", "footprintId", String.valueOf(north.id())).with(SignedIn.as(caseworker)))
                .andExpect(status().is3xxRedirection());
        assertThat(childrenCalled(family)).isOne();
    }

    @Test
    void a_upn_whose_check_letter_is_wrong_and_an_nhs_number_whose_check_digit_is_wrong_are_field_errors() throws Exception {
        String family = AdminNames.unique();
        String html = mvc.perform(child(family, northDistrict + " 1AA", "upn", "Q207000016049",
                        "nhsNumber", "943 476 5918").with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("This UPN’s check letter does not match", "This NHS number’s check digit does not match",
                "href=\"#upn\"", "href=\"#nhsNumber\"");
        assertThat(childrenCalled(family)).isZero();
    }

    @Test
    void a_parent_or_carer_is_required_with_a_way_to_reach_them() throws Exception {
        String html = mvc.perform(child(AdminNames.unique(), northDistrict + " 1AA", "carerPhone", "",
                        "carerAddress", "").with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Enter a phone number, email address or address for them", "href=\"#carerPhone\"");
    }

    @Test
    void a_likely_duplicate_is_shown_before_saving_and_a_different_child_can_still_be_recorded() throws Exception {
        String family = AdminNames.unique();
        mvc.perform(child(family, northDistrict + " 1AA").with(SignedIn.as(caseworker))).andExpect(status().is3xxRedirection());
        long existing = childCalled(family);

        String html = mvc.perform(child(family.toUpperCase(), northDistrict + " 3CC").with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("This child may already be recorded", "Name and date of birth",
                "/caseworker/assessments/new?child=" + existing, "This is a different child",
                "name=\"differentChild\"");
        assertThat(childrenCalled(family)).isOne();

        mvc.perform(child(family, northDistrict + " 3CC", "differentChild", "true").with(SignedIn.as(caseworker)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from child where lower(family_name) = lower(:f)").param("f", family)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void a_likely_duplicate_outside_the_caseworkers_scope_is_counted_not_shown() throws Exception {
        String family = AdminNames.unique();
        AccountView southCaseworker = fixtures.account(Role.CASEWORKER, null, Set.of(south.id()));
        mvc.perform(child(family, southDistrict + " 1AA").with(SignedIn.as(southCaseworker)))
                .andExpect(status().is3xxRedirection());

        String html = mvc.perform(child(family, northDistrict + " 1AA").with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("One record outside your footprints also matches")
                .doesNotContain("?child=" + childCalled(family));
    }

    @Test
    void the_same_upn_is_this_child_and_cannot_be_recorded_again() throws Exception {
        String family = AdminNames.unique();
        String upn = Upn.generate(801, 2000 + Fixtures.next() % 7000, 15, Fixtures.next() % 999).value();
        mvc.perform(child(family, northDistrict + " 1AA", "upn", upn).with(SignedIn.as(caseworker)))
                .andExpect(status().is3xxRedirection());

        String other = AdminNames.unique();
        String html = mvc.perform(child(other, northDistrict + " 1AA", "upn", upn.toLowerCase())
                        .with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("This child may already be recorded", "A record has the same UPN or NHS number")
                .doesNotContain("This is a different child");

        html = mvc.perform(child(other, northDistrict + " 1AA", "upn", upn, "differentChild", "true")
                        .with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("A child with this UPN is already recorded", "href=\"#upn\"");
        assertThat(childrenCalled(other)).isZero();
    }

    @Test
    void an_administrator_records_a_child_in_any_footprint_and_lands_on_their_record() throws Exception {
        String family = AdminNames.unique();
        MockHttpServletResponse response = mvc.perform(child(family, southDistrict + " 1AA")
                        .with(SignedIn.as(fixtures.account(Role.ADMIN, null, Set.of()))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/children/" + childCalled(family));
    }

    @Test
    void changing_the_details_from_the_duplicates_page_shows_the_form_with_everything_kept() throws Exception {
        String family = AdminNames.unique();
        String html = mvc.perform(childTo("/children/new/change", family, northDistrict + " 1AA")
                        .with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"" + family + "\"", "1 Demo Road");
    }

    /** Family names unique in the test database. */
    static final class AdminNames {
        static String unique() {
            return "Newchild" + Fixtures.next();
        }
    }
}
