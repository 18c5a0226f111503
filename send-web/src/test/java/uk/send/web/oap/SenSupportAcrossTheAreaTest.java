package uk.send.web.oap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.statistics.SupportAcrossArea;
import uk.send.pathway.statistics.SupportFigures;
import uk.send.pathway.statistics.SupportStatistics;
import uk.send.web.security.SignedIn;

/**
 * SEN Support across the area, counted by hand: two schools in one footprint, pupils reviewed in the last term or
 * not, requests for assessment before and after a full cycle, one more than a year old.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SenSupportAcrossTheAreaTest {

    @Autowired
    SupportStatistics statistics;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    FootprintView north;
    FootprintView south;
    SettingView first;
    SettingView second;
    AccountView caseworkerAccount;
    AccountView southCaseworkerAccount;
    AccountView commissionerAccount;
    Viewer caseworker;
    Viewer southCaseworker;

    private long pupil(SettingView school, NeedCode need, LocalDate reviewedOn) {
        long child = fixtures.child(north, school, null);
        jdbc.sql("update child set primary_need = :need where id = :id").param("need", need.name()).param("id", child).update();
        long record = jdbc.sql("""
                        insert into sen_support_record (child_id, setting_id, primary_need, added_on, added_by)
                        values (:child, :setting, :need, :added, 'tests') returning id""")
                .param("child", child).param("setting", school.id()).param("need", need.name())
                .param("added", Date.valueOf(today.minusYears(1))).query(Long.class).single();
        if (reviewedOn != null) {
            LocalDate start = reviewedOn.minusDays(80);
            jdbc.sql("""
                            insert into support_plan (record_id, cycle, kind, tier, status, starts_on, review_due, reviewed_on,
                                                      next_step, created_by, reviewed_by)
                            values (:record, 1, 'SEN_SUPPORT_PLAN', 'TARGETED', 'REVIEWED', :start, :due, :reviewed,
                                    'CONTINUE', 'tests', 'tests')""")
                    .param("record", record).param("start", Date.valueOf(start))
                    .param("due", Date.valueOf(start.plusWeeks(12))).param("reviewed", Date.valueOf(reviewedOn)).update();
        }
        return child;
    }

    private void request(long child, LocalDate received) {
        jdbc.sql("""
                        insert into needs_assessment (child_id, stage, requested_by, request_received, reasons)
                        values (:child, 'REQUESTED', 'SETTING', :received, 'Tests')""")
                .param("child", child).param("received", Date.valueOf(received)).update();
    }

    @BeforeEach
    void twoSchools() {
        north = fixtures.footprint();
        south = fixtures.footprint();
        first = fixtures.school(north);
        second = fixtures.school(north);
        caseworkerAccount = fixtures.account(Role.CASEWORKER, null, Set.of(north.id()));
        southCaseworkerAccount = fixtures.account(Role.CASEWORKER, null, Set.of(south.id()));
        commissionerAccount = fixtures.account(Role.COMMISSIONER, null, Set.of());
        caseworker = accounts.viewer(caseworkerAccount.id()).orElseThrow();
        southCaseworker = accounts.viewer(southCaseworkerAccount.id()).orElseThrow();

        long c1 = pupil(first, NeedCode.ASD, today.minusDays(30));   // reviewed this term, then a request: after a cycle
        request(c1, today.minusDays(10));
        long c2 = pupil(first, NeedCode.ASD, today.minusDays(20));   // requested before the review: not after a cycle
        request(c2, today.minusDays(25));
        long c3 = pupil(first, NeedCode.ASD, today.minusDays(200));  // reviewed long ago: not this term, but a full cycle
        request(c3, today.minusDays(5));
        pupil(first, NeedCode.ASD, null);
        long c5 = pupil(first, NeedCode.SEMH, null);
        request(c5, today.minusDays(400));                            // more than a year ago: not counted
        pupil(first, NeedCode.SEMH, null);
        long c7 = fixtures.child(north, first, null);                 // on roll, never at SEN Support
        jdbc.sql("update child set primary_need = 'SLCN' where id = :id").param("id", c7).update();
        request(c7, today.minusDays(3));
        pupil(second, NeedCode.ASD, today.minusDays(7));
        pupil(second, NeedCode.ASD, today.minusDays(7));
    }

    @Test
    void the_kpi_pages_sen_support_reviewed_in_the_last_term_agrees_with_this_page() {
        SupportAcrossArea kpi = statistics.reviewedInLastTerm(north.id());
        assertThat(kpi.footprints()).extracting(SupportAcrossArea.Footprint::footprintId).containsExactly(north.id());
        assertThat(kpi.total()).isEqualTo(new SupportFigures(8, 4, 0, 0));
        SupportFigures here = statistics.acrossArea(caseworker, null).total();
        assertThat(kpi.total().pupils()).isEqualTo(here.pupils());
        assertThat(kpi.total().reviewed()).isEqualTo(here.reviewed());
        assertThat(statistics.reviewedInLastTerm(null).footprints()).filteredOn(f -> f.footprintId() == south.id())
                .singleElement().extracting(SupportAcrossArea.Footprint::figures).isEqualTo(SupportFigures.NONE);
    }

    @Test
    void pupils_reviews_and_requests_are_counted_by_footprint_school_and_need_as_counted_by_hand() {
        SupportAcrossArea area = statistics.acrossArea(caseworker, null);
        assertThat(area.footprints()).extracting(SupportAcrossArea.Footprint::footprintId).containsExactly(north.id());
        SupportFigures footprint = area.footprints().get(0).figures();
        assertThat(footprint).isEqualTo(new SupportFigures(8, 4, 4, 2));
        assertThat(footprint.percentReviewed()).isEqualTo(50.0);
        assertThat(footprint.percentAfterCycle()).isEqualTo(50.0);
        assertThat(area.total()).isEqualTo(footprint);

        assertThat(area.needs()).filteredOn(n -> n.need() == NeedCode.ASD).singleElement()
                .extracting(SupportAcrossArea.Need::figures).isEqualTo(new SupportFigures(6, 4, 3, 2));
        assertThat(area.needs()).filteredOn(n -> n.need() == NeedCode.SEMH).singleElement()
                .extracting(SupportAcrossArea.Need::figures).isEqualTo(new SupportFigures(2, 0, 0, 0));
        assertThat(area.needs()).filteredOn(n -> n.need() == NeedCode.SLCN).singleElement()
                .extracting(SupportAcrossArea.Need::figures).isEqualTo(new SupportFigures(0, 0, 1, 0));

        var schools = statistics.bySchool(caseworker, null, null, PageRequest.of(0, 25)).getContent();
        assertThat(schools).extracting(SupportAcrossArea.School::settingId, s -> s.figures())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(first.id(), new SupportFigures(6, 2, 4, 2)),
                        org.assertj.core.groups.Tuple.tuple(second.id(), new SupportFigures(2, 2, 0, 0)));
        assertThat(statistics.bySchool(caseworker, null, NeedCode.SEMH, PageRequest.of(0, 25)).getContent())
                .filteredOn(s -> s.settingId() == first.id()).singleElement()
                .extracting(SupportAcrossArea.School::figures).isEqualTo(new SupportFigures(2, 0, 0, 0));
        // paged in the database
        var page = statistics.bySchool(caseworker, null, null, PageRequest.of(0, 1));
        assertThat(page.getContent()).hasSize(1);
        assertThat(page.getTotalElements()).isEqualTo(2);
    }

    @Test
    void a_caseworker_sees_only_the_schools_of_their_footprints() {
        assertThat(statistics.acrossArea(southCaseworker, null).footprints())
                .extracting(SupportAcrossArea.Footprint::footprintId).containsExactly(south.id());
        assertThat(statistics.acrossArea(southCaseworker, null).total()).isEqualTo(SupportFigures.NONE);
        assertThat(statistics.bySchool(southCaseworker, north.id(), null, PageRequest.of(0, 25)).getContent()).isEmpty();
    }

    @Test
    void the_commissioner_sees_counts_under_5_as_fewer_than_5_and_the_caseworker_sees_them_as_they_are() throws Exception {
        String html = mvc.perform(get("/area/sen-support").param("footprint", String.valueOf(north.id()))
                        .with(SignedIn.as(commissionerAccount)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String row = html.substring(html.indexOf("class=\"govuk-table__header\">" + north.name() + "<"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(">8<").contains("fewer than 5").contains("not shown").doesNotContain(">4<");
        String csv = mvc.perform(get("/area/sen-support.csv").param("footprint", String.valueOf(north.id()))
                        .with(SignedIn.as(commissionerAccount)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("School,Footprint,Pupils at SEN Support")
                .contains(first.name() + "," + north.name() + ",6,fewer than 5,not shown,fewer than 5,fewer than 5,not shown")
                .contains(second.name() + "," + north.name() + ",fewer than 5,fewer than 5,not shown,0,0,");

        html = mvc.perform(get("/area/sen-support").with(SignedIn.as(caseworkerAccount)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        row = html.substring(html.indexOf("class=\"govuk-table__header\">" + north.name() + "<"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(">8<").contains(">4<").contains(">50%<").doesNotContain("fewer than 5");
        csv = mvc.perform(get("/area/sen-support.csv").with(SignedIn.as(caseworkerAccount)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains(first.name() + "," + north.name() + ",6,2,33.3,4,2,50.0");
    }

    @Test
    void the_page_is_for_caseworkers_and_commissioners_only() throws Exception {
        for (Role role : Role.values()) {
            AccountView account = role == Role.CASEWORKER ? caseworkerAccount : role == Role.COMMISSIONER ? commissionerAccount
                    : fixtures.account(role, role.isSettingScoped() ? first.id() : null,
                    role.isFootprintScoped() ? Set.of(north.id()) : Set.of());
            int expected = role == Role.CASEWORKER || role == Role.COMMISSIONER ? 200 : 403;
            assertThat(mvc.perform(get("/area/sen-support").with(SignedIn.as(account))).andReturn().getResponse().getStatus())
                    .as(role.name()).isEqualTo(expected);
            assertThat(mvc.perform(get("/area/sen-support.csv").with(SignedIn.as(account))).andReturn().getResponse()
                    .getStatus()).as(role.name()).isEqualTo(expected);
        }
    }

    @Test
    void a_count_from_1_to_4_is_hidden_and_so_is_a_percentage_that_would_reveal_it() {
        SmallCounts shown = SmallCounts.of(new SupportFigures(40, 3, 0, 0), true);
        assertThat(shown.pupils()).isEqualTo(40);
        assertThat(shown.reviewed()).isNull();
        assertThat(shown.percentReviewedHidden()).isTrue();
        assertThat(shown.requests()).isZero();
        assertThat(shown.percentAfterCycle()).isNull();
        assertThat(shown.percentAfterCycleHidden()).isFalse();
        SmallCounts five = SmallCounts.of(new SupportFigures(10, 5, 5, 5), true);
        assertThat(five.reviewed()).isEqualTo(5);
        assertThat(five.percentReviewed()).isEqualTo(50.0);
        assertThat(five.percentAfterCycle()).isEqualTo(100.0);
        assertThat(SmallCounts.of(new SupportFigures(4, 1, 2, 1), false).reviewed()).isEqualTo(1);
    }
}
