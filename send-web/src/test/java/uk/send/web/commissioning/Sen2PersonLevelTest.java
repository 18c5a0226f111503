package uk.send.web.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;

import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingDetails;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.returns.Sen2Checks;
import uk.send.pathway.returns.Sen2Finding;
import uk.send.pathway.returns.Sen2Records;
import uk.send.pathway.returns.Sen2Row;
import uk.send.pathway.returns.Sen2Rule;

/**
 * The person-level SEN2 return for the census of 21 January 2027 (collection year 2026) against a fixture worked by
 * hand, each child at a boundary of what the return holds, and each validation rule firing where it should and
 * nowhere else. A footprint of its own, so other tests' records never count.
 *
 * <pre>
 * child   record(s)                                                   in the return as                         rules broken
 * Ash     request 2026-01-01 (parent), assess 2026-02-12,              request A, assessment 1, plan from        -
 *         final 2026-05-22 at the school, review 2026-12-01            2026-05-22, active: school, ASD 1 SLCN 2
 * Birch   request 2026-12-01 (school), undecided; age 9, no UPN,       request with no outcome                   UPN_MISSING, POSTCODE_MISSING,
 *         no postcode                                                                                            DECISION_OVERDUE (day 51)
 * Cedar   request 2025-11-01 refused 2025-12-01; request 2027-01-22    not in the return (done before 2026;      -
 *                                                                      received after the census)
 * Dale    plan with no request, final 2020-03-01, ceased 2026-07-31    plan ceased, reason OTHER, not active      CEASE_REASON_UNSPECIFIED
 *         (other)
 * Elm     plan with no request, final 2019-01-01 at the school,        active: INMSS from 2026-03-01, no need    NEED_MISSING (aged 22: no UPN needed)
 *         amended 2026-03-01 naming the INMSS; no need, no UPN
 * Fir     request 2026-03-01 (other), assess 2026-04-13, open;         assessment open, Week20 1                 OUTCOME_OVERDUE (day 326)
 *         exception 2026-09-01..09-30
 * Gorse   request 2026-06-01, assess 2026-06-20, final recorded        assessment outcome 1, no plan             PLAN_START_MISSING
 *         2026-09-01 but no plan
 * Holly   plan ceased 2025-12-31                                       not in the return                         -
 * Ivy     request 2026-08-01, assess 2026-09-01, final 2027-01-22      request A, assessment open (after the     OUTCOME_OVERDUE (day 173)
 *         (the day after the census), plan version that day            census is not yet), no plan
 * Juniper request 2026-03-01 refused 2026-04-12, mediation held,       request N, RequestMediation 1,            -
 *         appeal registered 2026-06-01                                 RequestTribunal 1
 * </pre>
 */
@SpringBootTest
class Sen2PersonLevelTest {

    static final LocalDate CENSUS = LocalDate.of(2027, 1, 21);

    @Autowired
    Fixtures fixtures;
    @Autowired
    ReferenceData reference;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Sen2Records records;
    @Autowired
    Sen2Checks checks;

    FootprintView here;
    SettingView school;
    SettingView inmss;
    long ash, birch, cedar, dale, elm, fir, gorse, holly, ivy, juniper;
    long ashPlan, dalePlan, firAssessment, gorseAssessment, birchAssessment, ivyAssessment;

    @BeforeEach
    void children() {
        here = fixtures.footprint();
        school = fixtures.school(here);
        inmss = reference.createSetting(new SettingDetails(String.valueOf(400000 + Fixtures.next()), "Independent school",
                SettingType.INMSS, Phase.ALL_THROUGH, here.id(), null, true), Fixtures.SYSTEM);

        ash = child("Ash", "2015-03-01", "A" + digits(), "AB1 2CD", "ASD", "SLCN");
        long ashRequest = request(ash, "PARENT", "2026-01-01");
        assess(ashRequest, "2026-02-12");
        issue(ashRequest, "2026-05-22");
        ashPlan = plan(ash, ashRequest, null, null, version("FINAL", "2026-05-22", school));
        jdbc.sql("""
                        insert into plan_review (plan_id, due_on, meeting_on, status, created_by)
                        values (:plan, date '2027-05-22', date '2026-12-01', 'ARRANGED', 'tests')""")
                .param("plan", ashPlan).update();

        birch = child("Birch", "2016-09-01", null, null, "MLD", null);
        birchAssessment = request(birch, "SETTING", "2026-12-01");

        cedar = child("Cedar", "2012-01-01", "C" + digits(), "AB1 2CD", "SEMH", null);
        long old = request(cedar, "PARENT", "2025-11-01");
        jdbc.sql("update needs_assessment set stage = 'REFUSED', refused_on = date '2025-12-01', refusal_reasons = 'r' where id = :id")
                .param("id", old).update();
        request(cedar, "PARENT", "2027-01-22");

        dale = child("Dale", "2005-06-01", null, "AB1 2CD", null, null);
        dalePlan = plan(dale, null, "2026-07-31", "OTHER", version("FINAL", "2020-03-01", school));

        elm = child("Elm", "2004-01-01", null, "AB1 2CD", null, null);
        plan(elm, null, null, null, version("FINAL", "2019-01-01", school), version("AMENDED", "2026-03-01", inmss));

        fir = child("Fir", "2013-01-01", "F" + digits(), "AB1 2CD", "SEMH", null);
        firAssessment = request(fir, "OTHER", "2026-03-01");
        assess(firAssessment, "2026-04-13");
        jdbc.sql("""
                        insert into assessment_exception (assessment_id, reason, from_date, to_date, note)
                        values (:id, 'AWAY_FROM_AREA', date '2026-09-01', date '2026-09-30', 'Away')""")
                .param("id", firAssessment).update();

        gorse = child("Gorse", "2013-01-01", "G" + digits(), "AB1 2CD", "PD", null);
        gorseAssessment = request(gorse, "PARENT", "2026-06-01");
        assess(gorseAssessment, "2026-06-20");
        issue(gorseAssessment, "2026-09-01");

        holly = child("Holly", "2010-01-01", "H" + digits(), "AB1 2CD", "HI", null);
        plan(holly, null, "2025-12-31", "MAXIMUM_AGE", version("FINAL", "2018-01-01", school));

        ivy = child("Ivy", "2013-01-01", "J" + digits(), "AB1 2CD", "VI", null);
        ivyAssessment = request(ivy, "PARENT", "2026-08-01");
        assess(ivyAssessment, "2026-09-01");
        issue(ivyAssessment, "2027-01-22");
        plan(ivy, ivyAssessment, null, null, version("FINAL", "2027-01-22", school));

        juniper = child("Juniper", "2013-01-01", "K" + digits(), "AB1 2CD", "SLD", null);
        long refused = request(juniper, "YOUNG_PERSON", "2026-03-01");
        jdbc.sql("update needs_assessment set stage = 'REFUSED', refused_on = date '2026-04-12', refusal_reasons = 'r' where id = :id")
                .param("id", refused).update();
        jdbc.sql("""
                        insert into disagreement (child_id, appeal_type, decision_on, mediation_offered_on, certificate_on,
                                                  mediation_outcome, registered_on, response_due, recorded_by)
                        values (:child, 'REFUSAL_TO_ASSESS', date '2026-04-12', date '2026-04-12', date '2026-05-01',
                                'NOT_AGREED', date '2026-06-01', date '2026-07-01', 'tests')""")
                .param("child", juniper).update();
    }

    @Test
    void the_return_holds_each_child_in_the_cohort_in_child_order_and_no_other() {
        List<Sen2Row> rows = rows();
        assertThat(rows).extracting(Sen2Row::childId)
                .containsExactly(ash, birch, dale, elm, fir, gorse, ivy, juniper);
    }

    @Test
    void each_module_holds_the_values_worked_by_hand() {
        Map<Long, Sen2Row> byChild = new java.util.HashMap<>();
        rows().forEach(r -> byChild.put(r.childId(), r));

        Sen2Row a = byChild.get(ash);
        assertThat(a.requestReceived()).isEqualTo("2026-01-01");
        assertThat(a.requestOutcomeDate()).isEqualTo("2026-02-12");
        assertThat(a.decidedToAssess()).isTrue();
        assertThat(a.planToBeIssued()).isTrue();
        assertThat(a.assessmentOutcomeDate()).isEqualTo("2026-05-22");
        assertThat(a.week20Exception()).isFalse();
        assertThat(a.planId()).isEqualTo(ashPlan);
        assertThat(a.planStartDate()).isEqualTo("2026-05-22");
        assertThat(a.activeOnCensus()).isTrue();
        assertThat(a.lastReviewMeeting()).isEqualTo("2026-12-01");
        assertThat(a.placementUrn()).isEqualTo(school.urn());
        assertThat(a.placementEntryDate()).isEqualTo("2026-05-22");
        assertThat(a.primaryNeed()).isEqualTo("ASD");
        assertThat(a.secondaryNeed()).isEqualTo("SLCN");

        Sen2Row b = byChild.get(birch);
        assertThat(b.requestedBy()).isEqualTo("SETTING");
        assertThat(b.decidedToAssess()).isNull();
        assertThat(b.requestOutcomeDate()).isNull();
        assertThat(b.planId()).isNull();

        Sen2Row d = byChild.get(dale);
        assertThat(d.assessmentId()).isNull();
        assertThat(d.planId()).isEqualTo(dalePlan);
        assertThat(d.ceasedOn()).isEqualTo("2026-07-31");
        assertThat(d.ceaseReason()).isEqualTo("OTHER");
        assertThat(d.activeOnCensus()).isFalse();

        Sen2Row e = byChild.get(elm);
        assertThat(e.activeOnCensus()).isTrue();
        assertThat(e.planStartDate()).isEqualTo("2019-01-01");
        assertThat(e.placementUrn()).isEqualTo(inmss.urn());
        assertThat(e.placementSettingType()).isEqualTo("INMSS");
        assertThat(e.placementEntryDate()).isEqualTo("2026-03-01");

        Sen2Row f = byChild.get(fir);
        assertThat(f.decidedToAssess()).isTrue();
        assertThat(f.planToBeIssued()).isNull();
        assertThat(f.week20Exception()).isTrue();

        Sen2Row i = byChild.get(ivy);
        assertThat(i.planToBeIssued()).as("a plan issued the day after the census is not yet issued").isNull();
        assertThat(i.planId()).isNull();

        Sen2Row j = byChild.get(juniper);
        assertThat(j.decidedToAssess()).isFalse();
        assertThat(j.requestOutcomeDate()).isEqualTo("2026-04-12");
        assertThat(j.requestMediation()).isTrue();
        assertThat(j.requestTribunal()).isTrue();
        assertThat(j.requestedBy()).isEqualTo("YOUNG_PERSON");
    }

    @Test
    void the_xml_nests_each_child_s_modules_with_the_dfe_element_names() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Sen2PersonXml xml = Sen2PersonXml.start(out, 2027, CENSUS, "999", LocalDateTime.of(2027, 2, 1, 9, 0))) {
            records.stream(CENSUS, Set.of(here.id()), xml::row);
            assertThat(xml.persons()).isEqualTo(8);
        }
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray()));
        XPath x = XPathFactory.newInstance().newXPath();
        assertThat(x.evaluate("/Message/Header/CollectionDetails/Collection", doc)).isEqualTo("SEN2");
        assertThat(x.evaluate("/Message/Header/CollectionDetails/ReferenceDate", doc)).isEqualTo("2027-01-21");
        assertThat(x.evaluate("/Message/Header/Source/LEA", doc)).isEqualTo("999");
        assertThat(x.evaluate("count(/Message/Persons/Person)", doc)).isEqualTo("8");
        String ashPerson = "/Message/Persons/Person[Surname='Ash']";
        assertThat(x.evaluate(ashPerson + "/Requests/Request/RequestSource", doc)).isEqualTo("1");
        assertThat(x.evaluate(ashPerson + "/Requests/Request/RequestOutcome", doc)).isEqualTo("A");
        assertThat(x.evaluate(ashPerson + "/Requests/Request/Assessment/Week20", doc)).isEqualTo("0");
        assertThat(x.evaluate(ashPerson + "/Requests/Request/Assessment/NamedPlan/StartDate", doc)).isEqualTo("2026-05-22");
        assertThat(x.evaluate(ashPerson + "/Requests/Request/ActivePlans/Placement/URN", doc)).isEqualTo(school.urn());
        assertThat(x.evaluate(ashPerson + "/Requests/Request/ActivePlans/SENneed[SENtypeRank='2']/SENtype", doc))
                .isEqualTo("SLCN");
        String birchPerson = "/Message/Persons/Person[Surname='Birch']";
        assertThat(x.evaluate("count(" + birchPerson + "/UPN)", doc)).as("a value not held is left out").isEqualTo("0");
        assertThat(x.evaluate(birchPerson + "/Requests/Request/RequestSource", doc)).isEqualTo("2");
        assertThat(x.evaluate("count(" + birchPerson + "/Requests/Request/Assessment)", doc)).isEqualTo("0");
        assertThat(x.evaluate("/Message/Persons/Person[Surname='Fir']/Requests/Request/Assessment/Week20", doc)).isEqualTo("1");
        assertThat(x.evaluate("/Message/Persons/Person[Surname='Fir']/Requests/Request/RequestSource", doc)).isEqualTo("5");
        String dalePerson = "/Message/Persons/Person[Surname='Dale']/Requests/Request";
        assertThat(x.evaluate("count(" + dalePerson + "/ReceivedDate)", doc)).isEqualTo("0");
        assertThat(x.evaluate(dalePerson + "/Assessment/NamedPlan/CeaseDate", doc)).isEqualTo("2026-07-31");
        assertThat(x.evaluate(dalePerson + "/Assessment/NamedPlan/CeaseReason", doc)).isEqualTo("9");
        assertThat(x.evaluate("count(" + dalePerson + "/ActivePlans)", doc)).isEqualTo("0");
        String juniperRequest = "/Message/Persons/Person[Surname='Juniper']/Requests/Request";
        assertThat(x.evaluate(juniperRequest + "/RequestOutcome", doc)).isEqualTo("N");
        assertThat(x.evaluate(juniperRequest + "/RequestMediation", doc)).isEqualTo("1");
        assertThat(x.evaluate(juniperRequest + "/RequestTribunal", doc)).isEqualTo("1");
    }

    @Test
    void each_rule_fires_on_its_record_and_nowhere_else() {
        List<Sen2Finding> all = checks.page(CENSUS, Set.of(here.id()), null, 0, 100);
        assertThat(all).extracting(Sen2Finding::rule, Sen2Finding::childId, Sen2Finding::recordId)
                .containsExactlyInAnyOrder(
                        tuple(Sen2Rule.UPN_MISSING, birch, birch),
                        tuple(Sen2Rule.POSTCODE_MISSING, birch, birch),
                        tuple(Sen2Rule.DECISION_OVERDUE, birch, birchAssessment),
                        tuple(Sen2Rule.CEASE_REASON_UNSPECIFIED, dale, dalePlan),
                        tuple(Sen2Rule.NEED_MISSING, elm, elm),
                        tuple(Sen2Rule.OUTCOME_OVERDUE, fir, firAssessment),
                        tuple(Sen2Rule.PLAN_START_MISSING, gorse, gorseAssessment),
                        tuple(Sen2Rule.OUTCOME_OVERDUE, ivy, ivyAssessment));
        assertThat(all).extracting(Sen2Finding::familyName).isSorted();
    }

    @Test
    void findings_are_paged_and_filtered_in_sql_and_counted_by_rule() {
        assertThat(checks.page(CENSUS, Set.of(here.id()), null, 0, 3)).hasSize(3);
        assertThat(checks.page(CENSUS, Set.of(here.id()), null, 2, 3)).hasSize(2);
        assertThat(checks.page(CENSUS, Set.of(here.id()), Sen2Rule.OUTCOME_OVERDUE, 0, 10))
                .extracting(Sen2Finding::childId).containsExactly(fir, ivy);
        Map<Sen2Rule, Long> counts = checks.countsByRule(CENSUS, Set.of(here.id()));
        assertThat(counts).containsEntry(Sen2Rule.OUTCOME_OVERDUE, 2L).containsEntry(Sen2Rule.UPN_MISSING, 1L)
                .containsEntry(Sen2Rule.PLAN_START_MISSING, 1L).hasSize(Sen2Rule.values().length);
        assertThat(checks.page(CENSUS, Set.of(), null, 0, 10)).as("no footprints: nothing").isEmpty();
    }

    @Test
    void the_listing_is_the_counts_and_the_page_in_one_statement() {
        for (Sen2Rule rule : new Sen2Rule[] {null, Sen2Rule.OUTCOME_OVERDUE, Sen2Rule.CEASE_REASON_UNSPECIFIED}) {
            for (int page = 0; page < 4; page++) {
                Sen2Checks.Listing listing = checks.listing(CENSUS, Set.of(here.id()), rule, page, 3);
                assertThat(listing.counts()).as("rule %s page %s", rule, page)
                        .isEqualTo(checks.countsByRule(CENSUS, Set.of(here.id())));
                assertThat(listing.findings()).as("rule %s page %s", rule, page)
                        .isEqualTo(checks.page(CENSUS, Set.of(here.id()), rule, page, 3));
            }
        }
        assertThat(checks.listing(CENSUS, Set.of(), null, 0, 10).findings()).isEmpty();
        assertThat(checks.listing(CENSUS, Set.of(), null, 0, 10).counts()).hasSize(Sen2Rule.values().length)
                .allSatisfy((rule, n) -> assertThat(n).isZero());
    }

    @Test
    void a_decision_on_the_census_date_minus_six_weeks_is_not_yet_overdue() {
        // Birch's request on 2026-12-01 is due 2027-01-12; a request received 2026-12-10 is due on the census date
        long late = child("Larch", "2013-01-01", "L" + digits(), "AB1 2CD", "MLD", null);
        long due = request(late, "PARENT", "2026-12-10");
        assertThat(checks.page(CENSUS, Set.of(here.id()), Sen2Rule.DECISION_OVERDUE, 0, 10))
                .extracting(Sen2Finding::recordId).containsExactly(birchAssessment).doesNotContain(due);
    }

    private List<Sen2Row> rows() {
        List<Sen2Row> rows = new ArrayList<>();
        records.stream(CENSUS, Set.of(here.id()), rows::add);
        return rows;
    }

    private static String digits() {
        return String.format("%011d", Fixtures.next() % 100_000_000_000L) + "A";
    }

    private long child(String family, String born, String upn, String postcode, String need, String secondary) {
        return jdbc.sql("""
                        insert into child (given_name, family_name, date_of_birth, upn, home_postcode, home_footprint_id,
                                           primary_need, secondary_need)
                        values ('Test', :family, cast(:born as date), :upn, :postcode, :home, :need, :secondary) returning id""")
                .param("family", family).param("born", born).param("upn", upn).param("postcode", postcode)
                .param("home", here.id()).param("need", need).param("secondary", secondary)
                .query(Long.class).single();
    }

    private long request(long child, String by, String received) {
        return jdbc.sql("""
                        insert into needs_assessment (child_id, stage, requested_by, request_received, reasons)
                        values (:child, 'REQUESTED', :by, cast(:received as date), 'Reasons') returning id""")
                .param("child", child).param("by", by).param("received", received).query(Long.class).single();
    }

    private void assess(long id, String decided) {
        jdbc.sql("update needs_assessment set stage = 'ASSESSING', decided_to_assess_on = cast(:d as date) where id = :id")
                .param("d", decided).param("id", id).update();
    }

    private void issue(long id, String issued) {
        jdbc.sql("""
                        update needs_assessment set stage = 'FINAL', decided_to_issue_on = decided_to_assess_on,
                               draft_issued_on = decided_to_assess_on, final_issued_on = cast(:issued as date),
                               named_setting_id = :setting where id = :id""")
                .param("issued", issued).param("setting", school.id()).param("id", id).update();
    }

    private long plan(long child, Long origin, String ceased, String reason, Object[]... versions) {
        long plan = jdbc.sql("""
                        insert into ehc_plan (child_id, origin_assessment_id, ceased_on, cease_reason)
                        values (:child, :origin, cast(:ceased as date), :reason) returning id""")
                .param("child", child).param("origin", origin).param("ceased", ceased).param("reason", reason)
                .query(Long.class).single();
        int number = 1;
        for (Object[] v : versions) {
            jdbc.sql("""
                            insert into plan_version (plan_id, number, kind, issued_on, created_by, placement_setting_id)
                            values (:plan, :number, :kind, cast(:issued as date), 'tests', :setting)""")
                    .param("plan", plan).param("number", number++).param("kind", v[0]).param("issued", v[1])
                    .param("setting", ((SettingView) v[2]).id()).update();
        }
        return plan;
    }

    private static Object[] version(String kind, String issued, SettingView setting) {
        return new Object[] {kind, issued, setting};
    }
}
