package uk.send.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.ReferenceStatistics;
import uk.send.domain.reference.SettingView;
import uk.send.domain.reference.Upn;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/**
 * Merging two records of one child, against PostgreSQL: every history moves to the record kept in one
 * transaction (carers, needs assessments with their timelines), the other is marked merged and its address
 * leads to the kept one; a merge that would give one child two open assessments is refused and changes nothing.
 * Administrators only.
 */
class MergeChildrenTest extends AdminPageTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReferenceStatistics statistics;

    private FootprintView north;
    private SettingView school;
    private AccountView caseworker;
    private AccountView admin;

    @BeforeEach
    void aFootprintWithACaseworker() {
        north = fixtures.footprint();
        school = fixtures.school(north);
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(north.id()));
        admin = fixtures.account(Role.ADMIN, null, Set.of());
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

    private MockHttpServletResponse merge(long first, long second, long keep) throws Exception {
        return mvc.perform(post("/admin/children/merge").param("first", String.valueOf(first))
                .param("second", String.valueOf(second)).param("keep", String.valueOf(keep))
                .with(csrf()).with(SignedIn.as(admin))).andReturn().getResponse();
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    @Test
    void the_administrator_compares_two_records_side_by_side_and_no_one_else_can() throws Exception {
        long a = fixtures.child(north, school, null);
        long b = fixtures.childWithCarer(north, unique("Dup"));

        String html = mvc.perform(get("/admin/children/merge").param("first", String.valueOf(a)).param("second", String.valueOf(b))
                .with(SignedIn.as(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertOneHeading(html);
        assertThat(html).contains("Merge two records of the same child", "Record " + a, "Record " + b,
                "name=\"keep\"", "Needs assessments", "Current EHC plan");

        for (AccountView someone : List.of(caseworker, fixtures.account(Role.PARENT, null, Set.of()))) {
            mvc.perform(get("/admin/children/merge").param("first", String.valueOf(a)).param("second", String.valueOf(b))
                    .with(SignedIn.as(someone))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/children/merge").param("first", String.valueOf(a)).param("second", String.valueOf(b))
                    .param("keep", String.valueOf(a)).with(csrf()).with(SignedIn.as(someone))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/children/{id}/duplicates", a).with(SignedIn.as(someone))).andExpect(status().isForbidden());
        }
        assertThat(count("select count(*) from child where merged_into_id is not null and id = :id", b)).isZero();
    }

    @Test
    void the_duplicates_page_lists_a_record_with_the_same_name_and_date_of_birth() throws Exception {
        String family = unique("Twin");
        long a = fixtures.childWithCarer(north, family);
        long b = fixtures.childWithCarer(north, family);

        String html = mvc.perform(get("/admin/children/{id}/duplicates", a).with(SignedIn.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertOneHeading(html);
        assertThat(html).contains("/admin/children/merge?first=" + a + "&amp;second=" + b);
    }

    @Test
    void every_history_moves_to_the_record_kept_and_the_other_is_marked_merged_not_deleted() throws Exception {
        long kept = fixtures.childWithCarer(north, unique("Kept"));
        long merged = fixtures.child(north, school, fixtures.account(Role.PARENT, null, Set.of()));
        String upn = Upn.generate(802, 3000 + Fixtures.next() % 6000, 16, Fixtures.next() % 999).value();
        jdbc.sql("update child set upn = :upn where id = :id").param("upn", upn).param("id", merged).update();
        long assessment = openCase(merged);
        long timeline = count("select count(*) from assessment_event where assessment_id = :id", assessment);

        MockHttpServletResponse response = merge(kept, merged, kept);

        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/children/" + kept);
        assertThat(count("select child_id from needs_assessment where id = :id", assessment)).isEqualTo(kept);
        assertThat(count("select count(*) from assessment_event where assessment_id = :id", assessment)).isEqualTo(timeline);
        assertThat(count("select count(*) from carer where child_id = :id", kept)).isEqualTo(2);
        assertThat(count("select count(*) from carer where child_id = :id", merged)).isZero();
        assertThat(count("select merged_into_id from child where id = :id", merged)).isEqualTo(kept);
        assertThat(jdbc.sql("select upn from child where id = :id").param("id", kept).query(String.class).single())
                .as("the kept record takes the UPN only the other had").isEqualTo(upn);
        assertThat(jdbc.sql("select setting_id from child where id = :id").param("id", kept).query(Long.class).single())
                .isEqualTo(school.id());
        assertThat(count("select count(*) from audit_event where action = 'CHILD_MERGED' and entity_id = cast(:id as varchar)",
                merged)).isOne();
        assertThat(count("select count(*) from audit_event where action = 'CHILD_MERGED' and entity_id = cast(:id as varchar)",
                kept)).isOne();

        assertThat(statistics.byFootprint(Set.of(north.id())).get(0).children())
                .as("a merged record is not counted as a child").isEqualTo(2 - 1);

        // the merged record's addresses lead to the one kept; it is in no list or search
        mvc.perform(get("/children/{id}", merged).with(SignedIn.as(caseworker))).andExpect(redirectedUrl("/children/" + kept));
        mvc.perform(get("/admin/children/{id}", merged).with(SignedIn.as(admin)))
                .andExpect(redirectedUrl("/admin/children/" + kept));
        assertThat(mvc.perform(get("/caseworker/children").with(SignedIn.as(caseworker))).andReturn().getResponse()
                .getContentAsString()).contains("/children/" + kept + "\"").doesNotContain("/children/" + merged + "\"");
        String record = mvc.perform(get("/children/{id}", kept).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(record).contains("/caseworker/assessments/" + assessment);
    }

    @Test
    void a_merge_that_would_leave_a_child_with_two_open_assessments_is_refused_and_changes_nothing() throws Exception {
        long first = fixtures.childWithCarer(north, unique("Open"));
        long second = fixtures.childWithCarer(north, unique("Open"));
        openCase(first);
        long secondCase = openCase(second);

        MockHttpServletResponse response = merge(first, second, first);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("govuk-error-summary", "href=\"#keep\"",
                "Both records have an open needs assessment");
        assertThat(count("select child_id from needs_assessment where id = :id", secondCase)).isEqualTo(second);
        assertThat(count("select count(*) from carer where child_id = :id", second)).isOne();
        assertThat(count("select count(*) from child where merged_into_id is not null and id = :id", second)).isZero();
        assertThat(count("select count(*) from audit_event where action = 'CHILD_MERGED' and entity_id = cast(:id as varchar)",
                second)).isZero();
    }

    @Test
    void choosing_no_record_to_keep_is_a_field_error_and_a_merged_record_cannot_be_merged_again() throws Exception {
        long a = fixtures.childWithCarer(north, unique("Choose"));
        long b = fixtures.childWithCarer(north, unique("Choose"));
        String html = mvc.perform(post("/admin/children/merge").param("first", String.valueOf(a)).param("second", String.valueOf(b))
                .with(csrf()).with(SignedIn.as(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Select the record to keep", "href=\"#keep\"");

        assertThat(merge(a, b, b).getRedirectedUrl()).isEqualTo("/admin/children/" + b);
        assertThat(merge(a, b, a).getStatus()).isEqualTo(404);
    }
}
