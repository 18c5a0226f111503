package uk.send.web.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/**
 * Issue 18: "add a pupil who is not yet known (name, date of birth, UPN validated with its check letter, NHS number
 * optional)". The SENCO records them on their school's roll and goes on to add them to SEN Support; a UPN already
 * recorded points to "record a pupil joining"; everything typed is kept on an error; only SENCOs reach the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewPupilTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    FootprintView footprint;
    SettingView school;
    AccountView senco;

    @BeforeAll
    void a_school_and_its_senco() {
        footprint = fixtures.footprint();
        school = fixtures.school(footprint);
        senco = fixtures.account(Role.SENCO, school.id(), Set.of());
    }

    /** A valid UPN not yet used: check letter over chars 2..13 weighted 2..13, modulo 23. */
    static String freshUpn() {
        String body = String.format("998%08d", Fixtures.next() % 100_000_000L) + "0";
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += Character.digit(body.charAt(i), 10) * (i + 2);
        }
        return "ABCDEFGHJKLMNPQRTUVWXYZ".charAt(sum % 23) + body;
    }

    MockHttpServletRequestBuilder form(String upn, LocalDate born) {
        return post("/school/new-pupil").with(SignedIn.as(senco)).with(csrf())
                .param("givenName", "Ada").param("familyName", "Newcomer")
                .param("bornDay", String.valueOf(born.getDayOfMonth()))
                .param("bornMonth", String.valueOf(born.getMonthValue()))
                .param("bornYear", String.valueOf(born.getYear())).param("upn", upn);
    }

    @Test
    void the_senco_records_a_pupil_on_their_roll_and_goes_on_to_add_them_to_sen_support() throws Exception {
        mvc.perform(get("/school").with(SignedIn.as(senco))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/school/new-pupil\"")));
        mvc.perform(get("/school/new-pupil").with(SignedIn.as(senco))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Record a pupil the service does not know yet")));
        String upn = freshUpn();
        String location = mvc.perform(form(upn, today.minusYears(8))).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/school/pupils/\\d+/add");
        long child = Long.parseLong(location.replaceAll("\\D", ""));

        assertThat(jdbc.sql("select setting_id = :s and home_footprint_id = :f and sen_provision = 'N' and upn = :u "
                        + "from child where id = :id").param("s", school.id()).param("f", footprint.id()).param("u", upn)
                .param("id", child).query(Boolean.class).single()).isTrue();
        mvc.perform(get(location).with(SignedIn.as(senco))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Newcomer")));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CHILD_CREATED' and entity_id = :id")
                .param("id", String.valueOf(child)).query(Long.class).single()).isEqualTo(1);

        // the same UPN again: that pupil is known, so the SENCO is pointed to recording them joining
        mvc.perform(form(upn, today.minusYears(8))).andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("record them joining instead")))
                .andExpect(content().string(containsString("Newcomer")));
    }

    @Test
    void a_upn_without_its_check_letter_a_bad_nhs_number_and_a_birth_in_the_future_are_field_errors_with_what_was_typed_kept() throws Exception {
        String upn = freshUpn();
        char wrong = upn.charAt(0) == 'A' ? 'B' : 'A';
        mvc.perform(form(wrong + upn.substring(1), today.minusYears(8)).param("nhsNumber", "1234567890"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a UPN of 13 characters with its check letter")))
                .andExpect(content().string(containsString("Enter an NHS number of 10 digits with its check digit")))
                .andExpect(content().string(containsString("value=\"1234567890\"")));
        mvc.perform(form(upn, today.plusDays(1))).andExpect(status().isOk())
                .andExpect(content().string(containsString("The date of birth must be today or earlier")));
        mvc.perform(post("/school/new-pupil").with(SignedIn.as(senco)).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the pupil&#39;s first name")));
        assertThat(jdbc.sql("select count(*) from child where upn = :u").param("u", upn).query(Long.class).single())
                .isZero();
    }

    @Test
    void only_a_senco_reaches_the_page() throws Exception {
        for (Role role : new Role[] {Role.CASEWORKER, Role.PARENT, Role.ADMIN, Role.COMMISSIONER}) {
            AccountView other = fixtures.account(role, null, role == Role.CASEWORKER ? Set.of(footprint.id()) : Set.of());
            mvc.perform(get("/school/new-pupil").with(SignedIn.as(other))).andExpect(status().isForbidden());
            mvc.perform(post("/school/new-pupil").with(SignedIn.as(other)).with(csrf())).andExpect(status().isForbidden());
        }
    }
}
