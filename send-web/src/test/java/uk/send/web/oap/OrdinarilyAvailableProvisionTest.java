package uk.send.web.oap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.commissioning.oap.AreaOfNeed;
import uk.send.commissioning.oap.FootprintResult;
import uk.send.commissioning.oap.OapRefusal;
import uk.send.commissioning.oap.OapResults;
import uk.send.commissioning.oap.OapStandards;
import uk.send.commissioning.oap.Rating;
import uk.send.commissioning.oap.SchoolResult;
import uk.send.commissioning.oap.SelfAssessments;
import uk.send.commissioning.oap.StandardView;
import uk.send.commissioning.oap.Tally;
import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/**
 * Ordinarily available provision: the standards kept as versions, a school's yearly self-assessment, and the council's
 * roll-up, counted here by hand from a fixture of three schools in one footprint and one school in another.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrdinarilyAvailableProvisionTest {

    @Autowired
    OapStandards standards;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    OapResults results;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    AccountView adminAccount;
    AccountView commissionerAccount;
    Viewer admin;
    Viewer commissioner;
    FootprintView north;
    FootprintView south;
    SettingView submits;
    SettingView alsoSubmits;
    SettingView drafts;
    SettingView neverStarts;
    SettingView elsewhere;
    AccountView sencoAccount;
    AccountView caseworkerAccount;
    Viewer senco;
    Viewer caseworker;
    long ci1;
    long ci2;
    long cl;
    long semh;
    long sp;

    private Viewer viewer(AccountView account) {
        return accounts.viewer(account.id()).orElseThrow();
    }

    private Viewer sencoAt(SettingView school) {
        return viewer(fixtures.account(Role.SENCO, school.id(), Set.of()));
    }

    /** Five standards of this test's own: whatever earlier tests left in force is retired first. */
    @BeforeEach
    void fiveStandardsAndFourSchools() {
        adminAccount = fixtures.account(Role.ADMIN, null, Set.of());
        commissionerAccount = fixtures.account(Role.COMMISSIONER, null, Set.of());
        admin = viewer(adminAccount);
        commissioner = viewer(commissionerAccount);
        for (StandardView s : standards.inForce()) {
            standards.change(admin, s.id(), s.version(), s.area(), s.wording(), true);
        }
        ci1 = standards.add(commissioner, AreaOfNeed.COMMUNICATION_AND_INTERACTION, "Instructions are short and checked.");
        ci2 = standards.add(commissioner, AreaOfNeed.COMMUNICATION_AND_INTERACTION, "Visual timetables in every class.");
        cl = standards.add(admin, AreaOfNeed.COGNITION_AND_LEARNING, "Tasks are broken into small steps.");
        semh = standards.add(admin, AreaOfNeed.SOCIAL_EMOTIONAL_AND_MENTAL_HEALTH, "A named adult for every pupil.");
        sp = standards.add(admin, AreaOfNeed.SENSORY_AND_PHYSICAL, "Seating takes account of hearing and vision.");
        north = fixtures.footprint();
        south = fixtures.footprint();
        submits = fixtures.school(north);
        alsoSubmits = fixtures.school(north);
        drafts = fixtures.school(north);
        neverStarts = fixtures.school(north);
        elsewhere = fixtures.school(south);
        sencoAccount = fixtures.account(Role.SENCO, submits.id(), Set.of());
        senco = viewer(sencoAccount);
        caseworkerAccount = fixtures.account(Role.CASEWORKER, null, Set.of(north.id()));
        caseworker = viewer(caseworkerAccount);
    }

    private void answerAll(Viewer school, Rating ci1Rating, Rating ci2Rating, Rating clRating, Rating semhRating,
                           Rating spRating) {
        answer(school, ci1, ci1Rating);
        answer(school, ci2, ci2Rating);
        answer(school, cl, clRating);
        answer(school, semh, semhRating);
        answer(school, sp, spRating);
    }

    private void answer(Viewer school, long standard, Rating rating) {
        assessments.answer(school, standard, rating, "Seen in lessons", rating == Rating.MET ? null : "Training next term");
    }

    private void submit(Viewer school) {
        assessments.submit(school, assessments.year(school, assessments.currentYear()).version());
    }

    @Test
    void the_roll_up_counts_only_submitted_answers_by_footprint_and_area_as_counted_by_hand() {
        answerAll(senco, Rating.MET, Rating.NOT_MET, Rating.PARTLY_MET, Rating.MET, Rating.MET);
        submit(senco);
        Viewer second = sencoAt(alsoSubmits);
        answerAll(second, Rating.MET, Rating.MET, Rating.NOT_MET, Rating.PARTLY_MET, Rating.MET);
        submit(second);
        Viewer draft = sencoAt(drafts);
        answerAll(draft, Rating.NOT_MET, Rating.NOT_MET, Rating.NOT_MET, Rating.NOT_MET, Rating.NOT_MET);
        Viewer away = sencoAt(elsewhere);
        answerAll(away, Rating.MET, Rating.MET, Rating.MET, Rating.MET, Rating.MET);
        submit(away);

        FootprintResult result = results.byFootprint(commissioner, assessments.currentYear()).stream()
                .filter(f -> f.footprintId() == north.id()).findFirst().orElseThrow();
        // four open mainstream schools expected; two submitted; the draft and the one not started are not
        assertThat(result.schools()).isEqualTo(4);
        assertThat(result.submitted()).isEqualTo(2);
        assertThat(result.notSubmitted()).isEqualTo(2);
        // communication and interaction: MET, NOT_MET from the first; MET, MET from the second
        assertThat(result.area(AreaOfNeed.COMMUNICATION_AND_INTERACTION)).isEqualTo(new Tally(3, 0, 1));
        assertThat(result.area(AreaOfNeed.COMMUNICATION_AND_INTERACTION).percentMet()).isEqualTo(75.0);
        assertThat(result.area(AreaOfNeed.COGNITION_AND_LEARNING)).isEqualTo(new Tally(0, 1, 1));
        assertThat(result.area(AreaOfNeed.COGNITION_AND_LEARNING).percentMet()).isEqualTo(0.0);
        assertThat(result.area(AreaOfNeed.SOCIAL_EMOTIONAL_AND_MENTAL_HEALTH)).isEqualTo(new Tally(1, 1, 0));
        assertThat(result.area(AreaOfNeed.SENSORY_AND_PHYSICAL)).isEqualTo(new Tally(2, 0, 0));
        // 6 of 10 answers met
        assertThat(result.overall()).isEqualTo(new Tally(6, 2, 2));
        assertThat(result.overall().percentMet()).isEqualTo(60.0);

        List<SchoolResult> schools = results.bySchool(caseworker, assessments.currentYear(), null, null,
                PageRequest.of(0, 25)).getContent();
        assertThat(schools).extracting(SchoolResult::settingId)
                .containsExactlyInAnyOrder(submits.id(), alsoSubmits.id(), drafts.id(), neverStarts.id());
        assertThat(schools).filteredOn(s -> s.settingId() == drafts.id()).singleElement()
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(SchoolResult.Status.IN_PROGRESS);
                    assertThat(s.tally()).isEqualTo(Tally.NONE);
                });
        assertThat(schools).filteredOn(s -> s.settingId() == submits.id()).singleElement()
                .extracting(SchoolResult::tally).isEqualTo(new Tally(3, 1, 1));
        assertThat(results.bySchool(caseworker, assessments.currentYear(), null, false, PageRequest.of(0, 25))
                .getContent()).extracting(SchoolResult::settingId)
                .containsExactlyInAnyOrder(drafts.id(), neverStarts.id());
        // a caseworker's footprints only: south is not among their results
        assertThat(results.byFootprint(caseworker, assessments.currentYear())).extracting(FootprintResult::footprintId)
                .containsExactly(north.id());
    }

    @Test
    void a_school_answers_each_standard_and_submits_once_everything_is_answered_and_cannot_change_it_after() {
        assertThatThrownBy(() -> assessments.answer(senco, ci1, Rating.PARTLY_MET, "evidence", " "))
                .isInstanceOf(OapRefusal.class).extracting("field").isEqualTo(OapRefusal.Field.ACTION);
        answer(senco, ci1, Rating.MET);
        assertThatThrownBy(() -> submit(senco)).isInstanceOf(OapRefusal.class)
                .extracting("messageKey").isEqualTo("oap.error.unanswered");
        answerAll(senco, Rating.MET, Rating.MET, Rating.MET, Rating.MET, Rating.PARTLY_MET);
        submit(senco);
        assertThatThrownBy(() -> answer(senco, ci1, Rating.NOT_MET)).isInstanceOf(OapRefusal.class)
                .extracting("messageKey").isEqualTo("oap.error.submitted");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'OAP_SELF_ASSESSMENT_SUBMITTED' and actor = :who")
                .param("who", senco.email()).query(Long.class).single()).isEqualTo(1);
        // a rewording after submission leaves the words the school answered
        StandardView before = standards.standard(admin, ci1);
        standards.change(admin, ci1, before.version(), before.area(), "Reworded after the school answered.", false);
        assertThat(assessments.year(senco, assessments.currentYear()).areas().get(0).items())
                .extracting(i -> i.wording()).contains("Instructions are short and checked.");
    }

    @Test
    void a_standard_is_reworded_and_retired_as_new_versions_audited_and_a_stale_page_is_a_conflict() throws Exception {
        StandardView s = standards.standard(admin, semh);
        standards.change(commissioner, semh, s.version(), s.area(), "A named adult and a calm space.", false);
        standards.change(admin, semh, s.version() + 1, s.area(), "A named adult and a calm space.", true);
        assertThat(standards.history(admin, semh)).extracting(v -> v.wording(), v -> v.retiredOn() != null)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A named adult and a calm space.", true),
                        org.assertj.core.groups.Tuple.tuple("A named adult and a calm space.", false),
                        org.assertj.core.groups.Tuple.tuple("A named adult for every pupil.", false));
        assertThat(standards.inForce()).extracting(StandardView::id).doesNotContain(semh);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'OAP_STANDARD_CHANGED' and entity_id = :id")
                .param("id", String.valueOf(semh)).query(Long.class).single()).isEqualTo(3);
        assertThatThrownBy(() -> jdbc.sql("update oap_standard_version set wording = 'x' where standard_id = :id")
                .param("id", semh).update()).hasMessageContaining("append-only");
        // the school is no longer asked about it
        mvc.perform(get("/school/oap/standards/" + semh).with(SignedIn.as(sencoAccount))).andExpect(status().isNotFound());
        // a page opened at an older version
        mvc.perform(post("/oap/standards/" + semh).with(csrf()).with(SignedIn.as(adminAccount))
                        .param("area", "SENSORY_AND_PHYSICAL").param("wording", "Moved").param("version", "0"))
                .andExpect(status().isConflict());
        assertThatThrownBy(() -> standards.all(caseworker)).isInstanceOf(NotInScopeException.class);
    }

    @Test
    void the_standards_pages_add_and_change_a_standard_and_keep_what_was_typed_on_an_error() throws Exception {
        String html = mvc.perform(post("/oap/standards/new").with(csrf()).with(SignedIn.as(commissionerAccount))
                        .param("wording", "Kept as typed"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("govuk-error-summary").contains("href=\"#area\"").contains("Kept as typed");
        mvc.perform(post("/oap/standards/new").with(csrf()).with(SignedIn.as(commissionerAccount))
                        .param("area", "COGNITION_AND_LEARNING").param("wording", "Worked examples on every table."))
                .andExpect(redirectedUrl("/oap/standards"));
        assertThat(mvc.perform(get("/oap/standards").with(SignedIn.as(adminAccount))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Worked examples on every table.");
        long id = standards.inForce().stream().filter(s -> s.wording().equals("Worked examples on every table."))
                .findFirst().orElseThrow().id();
        mvc.perform(post("/oap/standards/" + id).with(csrf()).with(SignedIn.as(adminAccount))
                        .param("area", "COGNITION_AND_LEARNING").param("wording", "Worked examples to hand.")
                        .param("retired", "true").param("version", "0"))
                .andExpect(redirectedUrl("/oap/standards"));
        assertThat(standards.standard(admin, id).retired()).isTrue();
        assertThat(mvc.perform(get("/oap/standards/" + id).with(SignedIn.as(adminAccount))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Worked examples on every table.")
                .contains("Worked examples to hand.");
        mvc.perform(get("/oap/standards/999999999").with(SignedIn.as(adminAccount))).andExpect(status().isNotFound());
    }

    @Test
    void the_senco_answers_on_the_page_sees_errors_on_their_fields_submits_and_sees_earlier_years() throws Exception {
        String html = mvc.perform(post("/school/oap/standards/" + ci1).with(csrf()).with(SignedIn.as(sencoAccount))
                        .param("rating", "NOT_MET").param("evidence", "What we saw"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"#action\"").contains("What we saw");
        mvc.perform(post("/school/oap/standards/" + ci1).with(csrf()).with(SignedIn.as(sencoAccount))
                        .param("rating", "NOT_MET").param("evidence", "What we saw").param("action", "Training"))
                .andExpect(redirectedUrl("/school/oap"));
        html = mvc.perform(get("/school/oap").with(SignedIn.as(sencoAccount))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains(submits.name()).contains("1 of 5 standards answered");
        html = mvc.perform(post("/school/oap/submit").with(csrf()).with(SignedIn.as(sencoAccount))
                        .param("version", String.valueOf(assessments.year(senco, assessments.currentYear()).version())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("govuk-error-summary").contains("4 not answered yet");
        answerAll(senco, Rating.NOT_MET, Rating.MET, Rating.MET, Rating.MET, Rating.MET);
        mvc.perform(post("/school/oap/submit").with(csrf()).with(SignedIn.as(sencoAccount))
                        .param("version", String.valueOf(assessments.year(senco, assessments.currentYear()).version())))
                .andExpect(redirectedUrl("/school/oap"));
        // last year's, kept: written as last year's would have been
        long last = jdbc.sql("""
                        insert into oap_self_assessment (setting_id, academic_year, submitted_on, submitted_by, updated_by)
                        values (:s, :y, date '2026-03-01', 'x@example.test', 'x@example.test') returning id""")
                .param("s", submits.id()).param("y", assessments.currentYear().startYear() - 1).query(Long.class).single();
        jdbc.sql("""
                        insert into oap_answer (self_assessment_id, standard_id, standard_version, rating, action, answered_by)
                        values (:a, :s, 0, 'PARTLY_MET', 'An action from last year', 'x@example.test')""")
                .param("a", last).param("s", ci1).update();
        html = mvc.perform(get("/school/oap").with(SignedIn.as(sencoAccount))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains(assessments.currentYear().previous().label());
        html = mvc.perform(get("/school/oap/" + (assessments.currentYear().startYear() - 1)).with(SignedIn.as(sencoAccount)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("An action from last year").contains("Instructions are short and checked.");
        mvc.perform(get("/school/oap/" + (assessments.currentYear().startYear() + 1)).with(SignedIn.as(sencoAccount)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/school/oap/1066").with(SignedIn.as(sencoAccount))).andExpect(status().isNotFound());
    }

    @Test
    void a_senco_sees_only_their_own_school_and_a_caseworker_only_the_schools_of_their_footprints() throws Exception {
        Viewer away = sencoAt(elsewhere);
        answerAll(away, Rating.MET, Rating.MET, Rating.MET, Rating.MET, Rating.MET);
        submit(away);
        answerAll(senco, Rating.MET, Rating.MET, Rating.MET, Rating.MET, Rating.NOT_MET);
        // the SENCO's page is their school's, whatever else exists
        String html = mvc.perform(get("/school/oap").with(SignedIn.as(sencoAccount))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains(submits.name()).doesNotContain(elsewhere.name());
        assertThat(assessments.year(senco, assessments.currentYear()).settingId()).isEqualTo(submits.id());
        // a school outside the caseworker's footprints is not found, as an unknown one is, and the refusal audited
        mvc.perform(get("/area/oap/schools/" + elsewhere.id()).with(SignedIn.as(caseworkerAccount)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/area/oap/schools/999999999").with(SignedIn.as(caseworkerAccount)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and actor = :who")
                .param("who", caseworker.email()).query(Long.class).single()).isEqualTo(1);
        // the commissioner sees it; a draft shows nothing to the council
        assertThat(mvc.perform(get("/area/oap/schools/" + elsewhere.id()).with(SignedIn.as(commissionerAccount)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Seen in lessons");
        assertThat(mvc.perform(get("/area/oap/schools/" + submits.id()).with(SignedIn.as(caseworkerAccount)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain("Seen in lessons");
        html = mvc.perform(get("/area/oap").with(SignedIn.as(caseworkerAccount))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains(submits.name()).doesNotContain(elsewhere.name()).doesNotContain(south.name());
        String csv = mvc.perform(get("/area/oap.csv").with(SignedIn.as(caseworkerAccount))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("School,Footprint,Self-assessment").contains(submits.name())
                .doesNotContain(elsewhere.name());
    }

    @Test
    void each_page_answers_the_roles_allowed_and_refuses_the_others() throws Exception {
        Map<Role, AccountView> roles = new java.util.EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            roles.put(role, role == Role.SENCO ? sencoAccount : role == Role.CASEWORKER ? caseworkerAccount
                    : fixtures.account(role, role.isSettingScoped() ? sencoAccount.settingId() : null, role.isFootprintScoped() ? Set.of(north.id()) : Set.of()));
        }
        Map<String, Set<Role>> pages = Map.of(
                "/oap/standards", Set.of(Role.ADMIN, Role.COMMISSIONER),
                "/oap/standards/new", Set.of(Role.ADMIN, Role.COMMISSIONER),
                "/oap/standards/" + ci1, Set.of(Role.ADMIN, Role.COMMISSIONER),
                "/school/oap", Set.of(Role.SENCO),
                "/school/oap/standards/" + ci1, Set.of(Role.SENCO),
                "/area/oap", Set.of(Role.CASEWORKER, Role.COMMISSIONER),
                "/area/oap.csv", Set.of(Role.CASEWORKER, Role.COMMISSIONER),
                "/area/oap/schools/" + submits.id(), Set.of(Role.CASEWORKER, Role.COMMISSIONER));
        for (var page : pages.entrySet()) {
            for (Role role : Role.values()) {
                int expected = page.getValue().contains(role) ? 200 : 403;
                assertThat(mvc.perform(get(page.getKey()).with(SignedIn.as(roles.get(role)))).andReturn().getResponse()
                        .getStatus()).as(page.getKey() + " as " + role).isEqualTo(expected);
            }
        }
    }

    @Test
    void each_role_home_links_to_its_pages() throws Exception {
        assertThat(mvc.perform(get("/school").with(SignedIn.as(sencoAccount))).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/school/oap\"");
        assertThat(mvc.perform(get("/commissioner").with(SignedIn.as(commissionerAccount))).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/area/oap\"").contains("href=\"/area/sen-support\"")
                .contains("href=\"/oap/standards\"");
        assertThat(mvc.perform(get("/caseworker").with(SignedIn.as(caseworkerAccount))).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/area/oap\"").contains("href=\"/area/sen-support\"");
        assertThat(mvc.perform(get("/admin").with(SignedIn.as(adminAccount))).andReturn().getResponse()
                .getContentAsString()).contains("href=\"/oap/standards\"");
    }
}
