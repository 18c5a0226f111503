package uk.send.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.send.commissioning.offer.Access;
import uk.send.commissioning.offer.Category;
import uk.send.commissioning.offer.Cost;
import uk.send.commissioning.offer.LocalOffer;
import uk.send.commissioning.offer.OfferComments;
import uk.send.commissioning.offer.ServiceDetails;
import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Money;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.CiFigures;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.assessment.AdviceSource;
import uk.send.pathway.assessment.AssessmentCommand;
import uk.send.pathway.assessment.AssessmentRecord;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.assessment.NewRequest;
import uk.send.pathway.assessment.Requester;
import uk.send.pathway.plan.DemoPlans;
import uk.send.pathway.plan.EhcPlans;
import uk.send.pathway.plan.PlanReviews;
import uk.send.pathway.plan.ReviewCommand;
import uk.send.pathway.plan.ReviewDecision;
import uk.send.pathway.plan.OutcomeTag;
import uk.send.pathway.support.AddToSenSupport;
import uk.send.pathway.support.ProvisionItem;
import uk.send.pathway.support.StartPlan;
import uk.send.pathway.support.SupportPlanCommand;
import uk.send.pathway.support.SupportPlans;
import uk.send.pathway.support.WeeklyHours;
import uk.send.funding.topup.FundingSettings;
import uk.send.funding.topup.PanelDecision;
import uk.send.funding.topup.TopUpFunding;
import uk.send.web.funding.FundingScenario;
import uk.send.web.security.SignedIn;

/**
 * No input ever reaches a server error. Each role's forms (one line each in {@link #forms()}) are fetched as
 * the page shows them and posted back with one field at a time made malformed: empty, 5,000 and 100,000
 * characters, NUL and other control characters, a right-to-left override with emoji, a script tag, letters
 * and out-of-range numbers where numbers go, an unknown choice, an impossible date, the field left out or
 * sent twice. Every response must be below 500, and every page that comes back with the form (200) must show
 * the GOV.UK error summary, each of whose links goes to an element on the page.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedInputTest {

    private static final String REMOVED = "\u0000removed";
    private static final String DUPLICATED = "\u0000duplicated";
    private static final List<String> PAYLOADS = List.of("", "B".repeat(5_000), "A".repeat(100_000), "a\u0000b",
            "\u0001\u0002\u0007\u001b[31m\u007f\u0085", "\u202eevil\u202c \uD83D\uDE00\uD83D\uDC68\u200D\uD83D\uDC69",
            "<script>alert(1)</script>", "BOGUS", "-1", "99999999999999999999", REMOVED, DUPLICATED);
    /** A date's month and year are read together with its day: fuzzing the day covers them (and saves time). */
    private static final Set<String> PARSED_WITH_THE_DAY = Set.of("month", "year", "toMonth", "toYear");
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile("<(input|textarea|select)\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:-]+)(?:=\"([^\"]*)\")?");
    private static final Pattern OPTION = Pattern.compile("<option\\b[^>]*value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    EhcPlans plans;
    @Autowired
    NeedsAssessments assessments;

    @Autowired
    SupportPlans support;
    @Autowired
    TopUpFunding funding;
    @Autowired
    FundingSettings fundingSettings;
    @Autowired
    uk.send.funding.capital.CapitalGrants capitalGrants;
    @Autowired
    uk.send.funding.outreach.Outreach outreach;
    @Autowired
    uk.send.domain.reference.ReferenceData referenceData;

    @Autowired
    LocalOffer offer;
    @Autowired
    OfferComments comments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    uk.send.pathway.appeal.Disagreements disagreements;
    @Autowired
    uk.send.domain.access.AccountLinks links;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    private FootprintView north;
    private SettingView school;
    private AccountView caseworker;
    private AccountView admin;
    private AccountView adviser;
    private AccountView parent;

    /** What was posted and what came back, for the figures and the failure message. */
    private final Map<String, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int posts;

    /** One form: who opens it, the page that shows it, and its action. */
    record Form(String name, RequestPostProcessor as, Supplier<String> page, Supplier<String> action) {
    }

    @BeforeAll
    void accounts() {
        north = fixtures.footprint();
        school = fixtures.school(north);
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(north.id()));
        admin = fixtures.account(Role.ADMIN, null, Set.of());
        adviser = fixtures.account(Role.ADVISER, null, Set.of());
        parent = fixtures.account(Role.PARENT, null, Set.of());
    }

    /** Every form: add one line here when a page gets a form. */
    List<Form> forms() throws Exception {
        long child = fixtures.child(north, school, parent);
        long requested = caseAt(0);
        long assessing = caseAt(1);
        long withAdvice = caseAt(2);
        long adviceId = adviceRequestOn(withAdvice);
        long drafting = caseAt(3);
        long draftIssued = caseAt(4);
        String plan = "/plans/" + planWithAnOutcomeAndProvision(caseAt(3));
        FootprintView footprint = fixtures.footprint();
        SettingView setting = fixtures.school(footprint);
        AccountView someone = fixtures.account(Role.SENCO, setting.id(), Set.of());
        RequestPostProcessor caseworker = SignedIn.as(this.caseworker);
        RequestPostProcessor admin = SignedIn.as(this.admin);
        List<Form> forms = new ArrayList<>(List.of(
                new Form("new request", caseworker, () -> "/caseworker/assessments/new?child=" + child,
                        () -> "/caseworker/assessments?child=" + child),
                step(requested, "decide-to-assess"), step(requested, "refuse"), step(requested, "record-exception"),
                step(assessing, "request-advice"), step(assessing, "decide-not-to-issue"),
                step(assessing, "decide-to-issue"),
                new Form("advice", SignedIn.as(adviser), () -> "/adviser/requests/" + adviceId,
                        () -> "/adviser/requests/" + adviceId),
                new Form("receive-advice", caseworker,
                        () -> "/caseworker/assessments/" + withAdvice + "/steps/receive-advice?advice=" + adviceId,
                        () -> "/caseworker/assessments/" + withAdvice + "/steps/receive-advice"),
                step(drafting, "issue-draft"), step(draftIssued, "draft-response"), step(draftIssued, "consult-setting"),
                step(draftIssued, "finalise"),
                new Form("new footprint", admin, () -> "/admin/footprints", () -> "/admin/footprints"),
                new Form("footprint", admin, () -> "/admin/footprints/" + footprint.id(),
                        () -> "/admin/footprints/" + footprint.id()),
                new Form("footprint postcodes", admin, () -> "/admin/footprints/" + footprint.id() + "/postcodes",
                        () -> "/admin/footprints/" + footprint.id() + "/postcodes"),
                new Form("new setting", admin, () -> "/admin/settings/new", () -> "/admin/settings/new"),
                new Form("setting", admin, () -> "/admin/settings/" + setting.id(), () -> "/admin/settings/" + setting.id()),
                new Form("new user", admin, () -> "/admin/users/new", () -> "/admin/users/new"),
                new Form("awards migration", admin, () -> "/admin/imports", () -> "/admin/imports/awards"),
                new Form("user", admin, () -> "/admin/users/" + someone.id(), () -> "/admin/users/" + someone.id()),
                new Form("retention period", admin, () -> "/admin/retention/ACCOUNT_LINK", () -> "/admin/retention/ACCOUNT_LINK"),
                new Form("carer", admin, () -> "/admin/children/" + child, () -> "/admin/children/" + child + "/carers"),
                new Form("plan section", caseworker, () -> plan + "/sections/A", () -> plan + "/sections/A"),
                new Form("plan outcome", caseworker, () -> plan + "/outcomes/new", () -> plan + "/outcomes"),
                new Form("plan provision", caseworker, () -> plan + "/provision/new", () -> plan + "/provision"),
                new Form("plan placement", caseworker, () -> plan + "/placement", () -> plan + "/placement"),
                new Form("plan personal budget", caseworker, () -> plan + "/budget", () -> plan + "/budget"),
                new Form("remove outcome", caseworker, () -> plan, () -> plan + "/outcomes/0/remove"),
                new Form("remove provision", caseworker, () -> plan, () -> plan + "/provision/0/remove")));
        forms.addAll(supportForms());
        long unlinked = fixtures.child(north, school, null);
        String link = carerToLink(unlinked);
        forms.add(new Form("link", admin, () -> "/admin/children/" + unlinked, () -> link));
        // the family's forms: their answer to a draft (a fresh draft once one is answered) and "about me"
        RequestPostProcessor family = SignedIn.as(parent);
        forms.add(new Form("family response", family, this::familyResponse, this::familyResponse));
        forms.add(new Form("about me", family, () -> "/parent/children/" + child + "/about-me",
                () -> "/parent/children/" + child + "/about-me"));
        forms.add(new Form("email choices", family, () -> "/account/notifications", () -> "/account/notifications"));
        forms.add(new Form("new child (caseworker)", caseworker, () -> "/children/new", () -> "/children/new"));
        forms.add(new Form("new child (admin)", admin, () -> "/children/new", () -> "/children/new"));
        long first = fixtures.childWithCarer(north, "Merge" + Fixtures.next());
        long second = fixtures.childWithCarer(north, "Merge" + Fixtures.next());
        forms.add(new Form("correct child", admin, () -> "/admin/children/" + first + "/edit",
                () -> "/admin/children/" + first + "/edit"));
        forms.add(new Form("merge", admin, () -> "/admin/children/merge?first=" + first + "&second=" + second,
                () -> "/admin/children/merge"));
        forms.addAll(localOfferForms());
        forms.addAll(appealForms(child, caseworker));
        forms.addAll(placementForms());
        forms.addAll(fundingForms());
        forms.addAll(capitalAndOutreachForms());
        forms.addAll(oapForms());
        forms.addAll(accountForms());
        forms.add(new Form("invite parent", caseworker, () -> "/children/" + child + "/invite-parent",
                () -> "/children/" + child + "/invite-parent"));
        long seventeen = fixtures.child(north, school, null);
        jdbc.sql("update child set date_of_birth = :d where id = :c").param("d", today.minusYears(17)).param("c", seventeen).update();
        forms.add(new Form("invite young person", caseworker, () -> "/children/" + seventeen + "/invite-young-person",
                () -> "/children/" + seventeen + "/invite-young-person"));
        forms.addAll(reviewForms());
        return forms;
    }

    @Autowired
    DemoPlans demoPlans;
    @Autowired
    PlanReviews reviews;

    /** A plan in force, issued a year ago, for a new child of the parent at the school. */
    private long planInForce() {
        long child = fixtures.child(north, school, parent);
        demoPlans.writeExisting(child, school.id(), today.minusYears(1), "tests@example.test");
        return plans.currentFor(accounts.viewer(caseworker.id()).orElseThrow(), child).orElseThrow().id();
    }

    /** A plan's review steps (caseworker), the views given online (parent, SENCO), the family's comments. */
    private List<Form> reviewForms() {
        Viewer viewer = accounts.viewer(caseworker.id()).orElseThrow();
        long notReviewed = planInForce();
        long reviewing = planInForce();
        reviews.take(viewer, reviewing, reviews.view(viewer, reviewing).version(), new ReviewCommand.Arrange(today.minusDays(3)));
        long amending = planInForce();
        reviews.take(viewer, amending, reviews.view(viewer, amending).version(), new ReviewCommand.Arrange(today.minusDays(10)));
        reviews.take(viewer, amending, reviews.view(viewer, amending).version(),
                new ReviewCommand.Decide(ReviewDecision.AMEND, today.minusDays(5), null));
        reviews.take(viewer, amending, reviews.view(viewer, amending).version(), new ReviewCommand.ProposeAmendments(today.minusDays(2)));
        RequestPostProcessor as = SignedIn.as(caseworker);
        AccountView senco = fixtures.account(Role.SENCO, school.id(), Set.of());
        List<Form> forms = new ArrayList<>();
        forms.add(new Form("review arrange", as, () -> "/plans/" + notReviewed + "/reviews/arrange",
                () -> "/plans/" + notReviewed + "/reviews/arrange"));
        // views given online first: the decision form's first radio is a valid decision, which closes the review
        forms.add(new Form("review views (parent)", SignedIn.as(parent), () -> "/parent/reviews/" + reviewing,
                () -> "/parent/reviews/" + reviewing));
        forms.add(new Form("review views (SENCO)", SignedIn.as(senco), () -> "/school/reviews/" + reviewing,
                () -> "/school/reviews/" + reviewing));
        // the young person's own views, for the review and for section A (issue 16)
        long youngChild = plans.view(viewer, reviewing).childId();
        RequestPostProcessor young = SignedIn.as(fixtures.youngPerson(youngChild));
        forms.add(new Form("review views (young person)", young, () -> "/parent/reviews/" + reviewing,
                () -> "/parent/reviews/" + reviewing));
        forms.add(new Form("about me (young person)", young, () -> "/parent/children/" + youngChild + "/about-me",
                () -> "/parent/children/" + youngChild + "/about-me"));
        for (String slug : List.of("move-meeting", "report", "child-views", "adviser-views", "decide")) {
            forms.add(new Form("review " + slug, as, () -> "/plans/" + reviewing + "/reviews/" + slug,
                    () -> "/plans/" + reviewing + "/reviews/" + slug));
        }
        for (String slug : List.of("family-comments", "issue-amended", "propose")) {
            forms.add(new Form("review " + slug, as, () -> "/plans/" + amending + "/reviews/" + slug,
                    () -> "/plans/" + amending + "/reviews/" + slug));
        }
        forms.add(new Form("review comments (parent)", SignedIn.as(parent), () -> "/parent/reviews/" + amending,
                () -> "/parent/reviews/" + amending + "/comments"));
        return forms;
    }

    /** "Forgotten your password?" and an emailed link's new-password form (no sign-in; each fetch a fresh link). */
    private List<Form> accountForms() {
        RequestPostProcessor anyone = request -> request;
        return List.of(
                new Form("forgotten password", anyone, () -> "/password/forgotten", () -> "/password/forgotten"),
                new Form("new password", anyone, this::freshLink, () -> "/password/new"));
    }

    /** A first-sign-in link for a new account, as emailed (read from the outbox, which the demo keeps whole). */
    private String freshLink() {
        AccountView invited = fixtures.account(Role.PARENT, null, Set.of());
        transactions.executeWithoutResult(status -> links.invite(invited.id(), null));
        String body = jdbc.sql("select body from notification_outbox where account_id = :a order by id desc limit 1")
                .param("a", invited.id()).query(String.class).single();
        return body.substring(body.indexOf("/password/new?token="), body.indexOf("/password/new?token=") + 20 + 43);
    }

    @Autowired
    uk.send.commissioning.placement.InmssPlacements placements;
    @Autowired
    uk.send.commissioning.forecast.DemandForecasts forecasts;
    @Autowired
    uk.send.domain.reference.ReferenceData reference;

    /** The commissioner's INMSS forms: a new placement, the decision on a proposed one, the review of an approved one. */
    private List<Form> placementForms() {
        AccountView commissionerAccount = fixtures.account(Role.COMMISSIONER, null, Set.of());
        Viewer commissioner = accounts.viewer(commissionerAccount.id()).orElseThrow();
        SettingView inmss = reference.createSetting(new uk.send.domain.reference.SettingDetails(
                String.valueOf(500000 + Fixtures.next()), "Fuzzed independent school", uk.send.domain.reference.SettingType.INMSS,
                uk.send.domain.reference.Phase.ALL_THROUGH, north.id(), null, true), Fixtures.SYSTEM);
        java.util.function.LongSupplier placement = () -> placements.record(commissioner,
                new uk.send.commissioning.placement.NewPlacement(inmss.id(), north.id(), NeedCode.ASD, today.minusYears(1),
                        today.plusYears(3), Money.ofPounds("50000"), new uk.send.commissioning.placement.JointFunding(100, 0, 0),
                        48, "Outcomes", today.plusYears(2), "Local college",
                        java.util.stream.IntStream.rangeClosed(1, placements.criteria().size())
                                .mapToObj(p -> new uk.send.commissioning.placement.CriterionAnswer(p, true, "Evidence")).toList()));
        long proposed = placement.getAsLong();
        long approved = placement.getAsLong();
        placements.decide(commissioner, approved, placements.view(approved).version(),
                new uk.send.commissioning.placement.PlacementDecision(true, today, null));
        long scenario = forecasts.create(commissioner, new uk.send.commissioning.forecast.ScenarioDetails(
                "Fuzzed scenario " + Fixtures.next(), new uk.send.commissioning.forecast.Assumptions(
                        new java.math.BigDecimal("2.5"), new java.math.BigDecimal("8.0"), new java.math.BigDecimal("3.0"),
                        60, 30, 10, 800_000, 2_500_000, 5_000_000)), null);
        RequestPostProcessor as = SignedIn.as(commissionerAccount);
        return List.of(
                new Form("inmss new placement", as, () -> "/commissioner/placements/new", () -> "/commissioner/placements/new"),
                new Form("inmss decision", as, () -> "/commissioner/placements/" + proposed,
                        () -> "/commissioner/placements/" + proposed + "/decision"),
                new Form("inmss review", as, () -> "/commissioner/placements/" + approved,
                        () -> "/commissioner/placements/" + approved + "/review"),
                new Form("resource base places", as, () -> "/commissioner/resource-bases", () -> "/commissioner/resource-bases"),
                new Form("high-needs budget line", as, () -> "/commissioner/high-needs", () -> "/commissioner/high-needs"),
                new Form("forecast scenario", as, () -> "/commissioner/forecast/scenarios/new",
                        () -> "/commissioner/forecast/scenarios/new"),
                new Form("forecast scenario copied", as, () -> "/commissioner/forecast/scenarios/new?from=" + scenario,
                        () -> "/commissioner/forecast/scenarios/new?from=" + scenario),
                new Form("forecast scenario change", as, () -> "/commissioner/forecast/scenarios/" + scenario,
                        () -> "/commissioner/forecast/scenarios/" + scenario));
    }

    @Autowired
    uk.send.commissioning.oap.OapStandards oapStandards;

    /** Ordinarily available provision: a standard added and changed, a school's answer to one, and its submission. */
    private List<Form> oapForms() {
        AccountView commissionerAccount = fixtures.account(Role.COMMISSIONER, null, Set.of());
        Viewer commissioner = accounts.viewer(commissionerAccount.id()).orElseThrow();
        long standard = oapStandards.add(commissioner, uk.send.commissioning.oap.AreaOfNeed.COGNITION_AND_LEARNING,
                "Fuzzed standard");
        // the standard form's fuzzing may retire its standard (its checkbox is posted): the school answers another
        long answered = oapStandards.add(commissioner, uk.send.commissioning.oap.AreaOfNeed.SENSORY_AND_PHYSICAL,
                "Fuzzed answer");
        RequestPostProcessor as = SignedIn.as(commissionerAccount);
        RequestPostProcessor senco = SignedIn.as(fixtures.account(Role.SENCO, fixtures.school(north).id(), Set.of()));
        return List.of(
                new Form("oap new standard", as, () -> "/oap/standards/new", () -> "/oap/standards/new"),
                new Form("oap standard", as, () -> "/oap/standards/" + standard, () -> "/oap/standards/" + standard),
                new Form("oap answer", senco, () -> "/school/oap/standards/" + answered,
                        () -> "/school/oap/standards/" + answered),
                new Form("oap submit", senco, () -> "/school/oap", () -> "/school/oap/submit"));
    }

    /** Top-up funding: the SENCO's application and more information, the panel's decision and award review, the
     * commissioner's budget and bands. */
    private List<Form> fundingForms() {
        var s = new FundingScenario(fixtures, accounts, support, funding, fundingSettings, 100_000_000, 600_000);
        AccountView sencoAccount = accounts.find(s.senco.userId()).orElseThrow();
        AccountView panelAccount = accounts.find(s.panel.userId()).orElseThrow();
        AccountView commissionerAccount = accounts.find(s.commissioner.userId()).orElseThrow();
        RequestPostProcessor senco = SignedIn.as(sencoAccount);
        RequestPostProcessor panel = SignedIn.as(panelAccount);
        RequestPostProcessor commissioner = SignedIn.as(commissionerAccount);
        long toApply = s.reviewedCycle();
        long toDecide = s.application(s.reviewedCycle());
        long deferred = s.application(s.reviewedCycle());
        funding.decide(s.panel, deferred, 0, new PanelDecision.Defer("More please"));
        long approved = s.application(s.reviewedCycle());
        funding.decide(s.panel, approved, 0, new PanelDecision.Approve(s.band, s.today.minusWeeks(4), s.today.plusWeeks(2),
                s.today.plusWeeks(1)));
        long award = funding.application(s.panel, approved).awards().get(0).id();
        String budget = "/commissioner/funding/budgets/" + s.footprint.id() + "/" + s.thisYear.startYear();
        return List.of(
                new Form("top-up apply", senco, () -> "/school/plans/" + toApply + "/top-up",
                        () -> "/school/plans/" + toApply + "/top-up"),
                new Form("top-up more information", senco, () -> "/school/top-up/" + deferred,
                        () -> "/school/top-up/" + deferred + "/more-information"),
                new Form("top-up decision", panel, () -> "/panel/applications/" + toDecide,
                        () -> "/panel/applications/" + toDecide + "/decision"),
                new Form("top-up award review", panel, () -> "/panel/awards/" + award,
                        () -> "/panel/awards/" + award + "/review"),
                new Form("top-up budget", commissioner, () -> budget, () -> budget),
                new Form("top-up new band", commissioner, () -> "/commissioner/funding/bands/new",
                        () -> "/commissioner/funding/bands/new"),
                new Form("top-up band", commissioner, () -> "/commissioner/funding/bands/" + s.band,
                        () -> "/commissioner/funding/bands/" + s.band));
    }

    /**
     * Capital grants and outreach: the SENCO's capital application, more information and outreach request; the
     * panel's capital decision; the provider's answer and session; the commissioner's capital budget and quota.
     */
    private List<Form> capitalAndOutreachForms() {
        FootprintView footprint = fixtures.footprint();
        SettingView mainstream = fixtures.school(footprint);
        SettingView special = referenceData.createSetting(new uk.send.domain.reference.SettingDetails(
                String.valueOf(400000 + Fixtures.next()), "Special " + Fixtures.next(),
                uk.send.domain.reference.SettingType.SPECIAL_MAINTAINED, uk.send.domain.reference.Phase.ALL_THROUGH,
                footprint.id(), null, true), Fixtures.SYSTEM);
        AccountView sencoAccount = fixtures.account(Role.SENCO, mainstream.id(), Set.of());
        AccountView panelAccount = fixtures.account(Role.PANEL, null, Set.of(footprint.id()));
        AccountView providerAccount = fixtures.account(Role.OUTREACH, special.id(), Set.of());
        AccountView commissionerAccount = fixtures.account(Role.COMMISSIONER, null, Set.of());
        Viewer senco = accounts.viewer(sencoAccount.id()).orElseThrow();
        Viewer panel = accounts.viewer(panelAccount.id()).orElseThrow();
        Viewer provider = accounts.viewer(providerAccount.id()).orElseThrow();
        Viewer commissioner = accounts.viewer(commissionerAccount.id()).orElseThrow();
        var year = capitalGrants.yearsToApplyFor().get(0);
        capitalGrants.setBudget(commissioner, footprint.id(), year, 10_000_000);
        outreach.setQuota(commissioner, footprint.id(), year, 100);
        var command = new uk.send.funding.capital.NewCapitalApplication(
                uk.send.funding.capital.CapitalPurpose.ACCESS_ARRANGEMENTS, "Ramp", "A ramp", "Pupils who use wheelchairs",
                2, 500_000, year);
        long toDecide = capitalGrants.apply(senco, command);
        long deferred = capitalGrants.apply(senco, command);
        capitalGrants.decide(panel, deferred, 0, new uk.send.funding.capital.CapitalDecision.Defer("Quotes please"));
        var request = new uk.send.funding.outreach.NewOutreachRequest(special.id(), NeedCode.ASD, "Advice", 3);
        long toAnswer = outreach.request(senco, request);
        long accepted = outreach.request(senco, request);
        outreach.accept(provider, accepted, 0);
        String budget = "/commissioner/funding/capital/" + footprint.id() + "/" + year.startYear();
        String quota = "/commissioner/funding/outreach/" + footprint.id() + "/" + year.startYear();
        return List.of(
                new Form("capital apply", SignedIn.as(sencoAccount), () -> "/school/capital/new",
                        () -> "/school/capital/new"),
                new Form("capital more information", SignedIn.as(sencoAccount), () -> "/school/capital/" + deferred,
                        () -> "/school/capital/" + deferred + "/more-information"),
                new Form("capital decision", SignedIn.as(panelAccount), () -> "/panel/capital/" + toDecide,
                        () -> "/panel/capital/" + toDecide + "/decision"),
                new Form("outreach request", SignedIn.as(sencoAccount), () -> "/school/outreach/new",
                        () -> "/school/outreach/new"),
                new Form("outreach answer", SignedIn.as(providerAccount), () -> "/outreach/requests/" + toAnswer,
                        () -> "/outreach/requests/" + toAnswer + "/answer"),
                new Form("outreach session", SignedIn.as(providerAccount), () -> "/outreach/requests/" + accepted,
                        () -> "/outreach/requests/" + accepted + "/sessions"),
                new Form("capital budget", SignedIn.as(commissionerAccount), () -> budget, () -> budget),
                new Form("outreach quota", SignedIn.as(commissionerAccount), () -> quota, () -> quota));
    }

    /**
     * The Local Offer's public comment form (no sign-in), the editor's entry and moderation forms, and the entry form
     * as a registered provider sends it (its organisation chosen only from its own).
     */
    private List<Form> localOfferForms() {
        AccountView editorAccount = fixtures.account(Role.LOCAL_OFFER, null, Set.of());
        Viewer editor = accounts.viewer(editorAccount.id()).orElseThrow();
        long organization = jdbc.sql("insert into offer_organization (name, description) values (:n, 'Fuzzed') returning id")
                .param("n", "Fuzz provider " + Fixtures.next()).query(Long.class).single();
        long service = offer.add(editor, new ServiceDetails(organization, "Fuzzed service", "What", "Who", "How",
                Category.SHORT_BREAKS, Access.OPEN, Cost.FREE, null, 5, 11, north.id(), Set.of(NeedCode.ASD), null, null,
                null, null, null, null, null, null));
        long comment = comments.submit(service, "A comment to moderate", "192.0.2.99");
        AccountView providerAccount = fixtures.account(Role.PROVIDER, null, Set.of());
        AccountView adminAccount = fixtures.account(Role.ADMIN, null, Set.of());
        offer.linkProvider(accounts.viewer(adminAccount.id()).orElseThrow(), providerAccount, organization);
        String links = "/admin/users/" + providerAccount.id() + "/organisations";
        long providers = offer.add(editor, new ServiceDetails(organization, "Fuzzed by its provider", "What", "Who", "How",
                Category.LEISURE, Access.OPEN, Cost.CHARGED, "£2", 0, 25, null, Set.of(), null, null,
                null, null, null, null, null, null));
        RequestPostProcessor anyone = request -> request;
        RequestPostProcessor editing = SignedIn.as(editorAccount);
        return List.of(
                new Form("local offer comment", anyone, () -> "/local-offer/comment?service=" + service,
                        () -> "/local-offer/comment"),
                new Form("local offer new service", editing, () -> "/local-offer-editor/services/new",
                        () -> "/local-offer-editor/services/new"),
                new Form("local offer service", editing, () -> "/local-offer-editor/services/" + service,
                        () -> "/local-offer-editor/services/" + service),
                new Form("local offer service as its provider", SignedIn.as(providerAccount),
                        () -> "/local-offer-editor/services/" + providers, () -> "/local-offer-editor/services/" + providers),
                new Form("local offer provider's organisations", SignedIn.as(adminAccount), () -> links, () -> links),
                new Form("local offer moderation", editing, () -> "/local-offer-editor/comments/" + comment,
                        () -> "/local-offer-editor/comments/" + comment),
                new Form("local offer import", editing, () -> "/local-offer-editor/import",
                        () -> "/local-offer-editor/import"),
                new Form("local offer page", editing, () -> "/local-offer-editor/pages/SHORT_BREAKS",
                        () -> "/local-offer-editor/pages/SHORT_BREAKS"));
    }

    @Test
    void no_malformed_submission_to_any_form_is_a_server_error_and_every_rejection_shows_the_error_summary()
            throws Exception {
        long started = System.nanoTime();
        // -Dsend.malformed.only=oap fuzzes only the forms whose name starts so (a quicker check of one area's forms)
        String only = System.getProperty("send.malformed.only", "");
        int fuzzed = 0;
        for (Form form : forms()) {
            if (!form.name().startsWith(only)) {
                continue;
            }
            fuzzed++;
            long start = System.nanoTime();
            int before = posts;
            fuzz(form);
            System.out.printf("MalformedInputTest: %s: %d posts in %d ms%n", form.name(), posts - before,
                    (System.nanoTime() - start) / 1_000_000);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        System.out.printf("MalformedInputTest: %d posts in %d s, statuses %s%n", posts, seconds, statuses);
        if (only.isEmpty()) {
            int serverErrors = statuses.getOrDefault("5xx", 0);
            CiFigures.record("fuzz (MalformedInputTest)", posts + " malformed posts over " + fuzzed + " forms, "
                    + serverErrors + " server errors, " + (failures.size() - serverErrors)
                    + " rejections without a working error summary");
        }

        assertThat(failures).as("server errors and rejections without an error summary").isEmpty();
        assertThat(posts).as("malformed submissions").isGreaterThanOrEqualTo(500);
    }

    private void fuzz(Form form) throws Exception {
        Map<String, String> fields = fieldsOf(form);
        assertThat(fields).as(form.name() + ": its form for " + form.action().get() + " on " + form.page().get())
                .isNotEmpty();
        Map<String, String> current = fields;
        for (String field : fields.keySet()) {
            if (PARSED_WITH_THE_DAY.contains(field)) {
                continue;
            }
            for (String payload : PAYLOADS) {
                MockHttpServletRequestBuilder request = post(form.action().get()).with(form.as()).with(csrf());
                Map<String, String> sent = current;
                sent.forEach((name, value) -> {
                    if (!name.equals(field)) {
                        request.param(name, value);
                    } else if (payload.equals(DUPLICATED)) {
                        request.param(name, value, value.isEmpty() ? "1" : value);
                    } else if (!payload.equals(REMOVED)) {
                        request.param(name, payload);
                    }
                });
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                check(form, field, payload, response);
                if (response.getStatus() != 200) {
                    current = fieldsOf(form); // the record may have moved on: the page's version with it
                }
            }
        }
    }

    private void check(Form form, String field, String payload, MockHttpServletResponse response) throws Exception {
        posts++;
        int status = response.getStatus();
        statuses.merge(status / 100 + "xx", 1, Integer::sum);
        String what = form.name() + " " + field + "=" + describe(payload) + " -> " + status;
        if (status >= 500) {
            failures.add(what);
        } else if (status == 200) {
            String html = response.getContentAsString();
            int summary = html.indexOf("govuk-error-summary");
            if (summary < 0) {
                failures.add(what + " without an error summary");
                return;
            }
            String list = html.substring(summary, html.indexOf("</ul>", summary));
            Matcher href = Pattern.compile("href=\"#([^\"]*)\"").matcher(list);
            while (href.find()) {
                if (!html.contains("id=\"" + href.group(1) + "\"")) {
                    failures.add(what + ": the summary links to #" + href.group(1) + ", which is not on the page");
                }
            }
            if (list.contains("<li>") && !href.reset().find()) {
                failures.add(what + ": an error in the summary is not linked to a field");
            }
        }
    }

    /** The SENCO's SEN Support forms: adding, removing, starting a cycle, and each change to a cycle in progress. */
    private List<Form> supportForms() {
        AccountView senco = fixtures.account(Role.SENCO, school.id(), Set.of());
        Viewer viewer = accounts.viewer(senco.id()).orElseThrow();
        RequestPostProcessor as = SignedIn.as(senco);
        long toAdd = fixtures.child(north, school, null);
        long toRemove = supported(viewer);
        long toPlan = supported(viewer);
        String plan = "/school/plans/" + supportPlan(viewer);
        String other = "/school/plans/" + supportPlan(viewer);
        String requesting = "/school/plans/" + reviewedToRequest(viewer);
        long toLeave = supported(viewer);
        long toShare = supported(viewer);
        long familyChild = fixtures.child(north, school, parent);
        support.addToSenSupport(viewer, familyChild, new AddToSenSupport(NeedCode.MLD, null, today.minusMonths(1)));
        long familyPlan = support.startPlan(viewer, familyChild, support.pupil(viewer, familyChild).current().orElseThrow()
                .version(), new StartPlan(null, today, null, null));
        support.change(viewer, familyPlan, support.plan(viewer, familyPlan).version(), new SupportPlanCommand.Share(true));
        return List.of(
                new Form("support leave", as, () -> "/school/pupils/" + toLeave + "/leave",
                        () -> "/school/pupils/" + toLeave + "/leave"),
                new Form("support join find", as, () -> "/school/join", () -> "/school/join/find"),
                new Form("support new pupil", as, () -> "/school/new-pupil", () -> "/school/new-pupil"),
                new Form("support sharing", as, () -> "/school/pupils/" + toShare,
                        () -> "/school/pupils/" + toShare + "/sharing"),
                new Form("support parent sharing", SignedIn.as(parent), () -> "/parent/support-plans/" + familyPlan,
                        () -> "/parent/support-plans/" + familyPlan + "/sharing"),
                new Form("support family views", SignedIn.as(parent), () -> "/parent/support-plans/" + familyPlan,
                        () -> "/parent/support-plans/" + familyPlan + "/views"),
                new Form("support request assessment", as, () -> requesting + "/request-assessment",
                        () -> requesting + "/request-assessment"),
                new Form("support add", as, () -> "/school/pupils/" + toAdd + "/add", () -> "/school/pupils/" + toAdd + "/add"),
                new Form("support remove", as, () -> "/school/pupils/" + toRemove + "/remove",
                        () -> "/school/pupils/" + toRemove + "/remove"),
                new Form("support start", as, () -> "/school/pupils/" + toPlan + "/plans/new",
                        () -> "/school/pupils/" + toPlan + "/plans"),
                new Form("support outcome", as, () -> plan + "/outcomes/new", () -> plan + "/outcomes"),
                new Form("support provision", as, () -> plan + "/provision/new", () -> plan + "/provision"),
                new Form("support progress", as, () -> plan + "/outcomes/0/progress", () -> plan + "/outcomes/0/progress"),
                new Form("support share", as, () -> plan, () -> plan + "/share"),
                new Form("support review", as, () -> plan + "/review", () -> plan + "/review"),
                new Form("support remove outcome", as, () -> other, () -> other + "/outcomes/0/remove"),
                new Form("support remove provision", as, () -> other, () -> other + "/provision/0/remove"));
    }

    /** A pupil at SEN Support at the school, with no plan. */
    private long supported(Viewer senco) {
        long child = fixtures.child(north, school, null);
        support.addToSenSupport(senco, child, new AddToSenSupport(NeedCode.MLD, null, today.minusMonths(1)));
        return child;
    }

    /** A cycle in progress with an outcome and an item of provision. */
    private long supportPlan(Viewer senco) {
        long child = supported(senco);
        int version = support.pupil(senco, child).current().orElseThrow().version();
        long plan = support.startPlan(senco, child, version, new StartPlan(null, today, null, null));
        support.change(senco, plan, support.plan(senco, plan).version(),
                new SupportPlanCommand.AddOutcome("Joins in at playtime", OutcomeTag.I_AM_INCLUDED));
        support.change(senco, plan, support.plan(senco, plan).version(), new SupportPlanCommand.AddProvision(
                new ProvisionItem("Social skills group", "Weekly", "Teaching assistant", WeeklyHours.parse("1"),
                        Money.ofPounds("120"))));
        return plan;
    }

    /** A cycle reviewed with the next step "request an EHC needs assessment". */
    private long reviewedToRequest(Viewer senco) {
        long plan = supportPlan(senco);
        support.change(senco, plan, support.plan(senco, plan).version(), new SupportPlanCommand.Review(today,
                uk.send.pathway.support.NextStep.REQUEST_EHC_NEEDS_ASSESSMENT, null, null, "Little progress", null));
        return plan;
    }

    private static String describe(String payload) {
        return payload.length() > 20 ? payload.length() + " chars" : payload.replaceAll("\\p{Cntrl}", "?");
    }

    /** The named controls of the form whose action is the form's, with the values the page filled in. */
    private Map<String, String> fieldsOf(Form form) throws Exception {
        String html = mvc.perform(get(form.page().get()).with(form.as())).andReturn().getResponse().getContentAsString();
        String action = form.action().get();
        Matcher forms = FORM.matcher(html);
        while (forms.find()) {
            Map<String, String> attributes = attributes(forms.group(1));
            if (action.equals(HtmlUtils.htmlUnescape(attributes.getOrDefault("action", "")))
                    && "post".equalsIgnoreCase(attributes.get("method"))) {
                return controls(forms.group(2));
            }
        }
        return Map.of();
    }

    private static Map<String, String> controls(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher control = CONTROL.matcher(form);
        while (control.find()) {
            Map<String, String> attributes = attributes(control.group(2));
            String name = attributes.get("name");
            if (name == null || name.equals("_csrf") || name.startsWith("_")) {
                continue;
            }
            String type = attributes.getOrDefault("type", "text");
            String value = HtmlUtils.htmlUnescape(attributes.getOrDefault("value", ""));
            switch (control.group(1)) {
                case "select" -> {
                    Matcher option = OPTION.matcher(form.substring(control.end()));
                    fields.putIfAbsent(name, option.find() ? option.group(1) : "");
                }
                case "textarea" -> fields.putIfAbsent(name, "Some words");
                default -> {
                    if ((type.equals("radio") || type.equals("checkbox")) && !attributes.containsKey("checked")) {
                        fields.putIfAbsent(name, value);
                    } else {
                        fields.put(name, value);
                    }
                }
            }
        }
        return fields;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2) == null ? "" : attribute.group(2));
        }
        return attributes;
    }

    private long familyCase;

    /**
     * The family's answer to a draft on a case of their own child's: an answer that is accepted closes the form
     * (it is sent once), so the next submission goes to a fresh draft.
     */
    private String familyResponse() {
        if (familyCase == 0 || assessments.view(accounts.viewer(caseworker.id()).orElseThrow(), familyCase)
                .milestones().draftResponseOn() != null) {
            familyCase = draftFor(fixtures.child(north, school, parent));
        }
        return "/parent/cases/" + familyCase + "/response";
    }

    /** A draft sent 30 days ago, taken there through the module (not the pages: many are needed, quickly). */
    private long draftFor(long child) {
        Viewer v = accounts.viewer(caseworker.id()).orElseThrow();
        long id = assessments.receiveRequest(v, new NewRequest(child, Requester.PARENT, today.minusDays(70), "Reasons", null));
        assessments.take(v, id, assessments.view(v, id).version(), new AssessmentCommand.DecideToAssess(today.minusDays(60)));
        assessments.take(v, id, assessments.view(v, id).version(),
                new AssessmentCommand.RequestAdvice(today.minusDays(55), AdviceSource.EDUCATIONAL_PSYCHOLOGY, "EP service", null));
        AssessmentRecord asked = assessments.view(v, id);
        assessments.take(v, id, asked.version(),
                new AssessmentCommand.ReceiveAdvice(today.minusDays(40), asked.advice().get(0).id(), "Advice"));
        assessments.take(v, id, assessments.view(v, id).version(), new AssessmentCommand.DecideToIssue(today.minusDays(35)));
        assessments.take(v, id, assessments.view(v, id).version(), new AssessmentCommand.IssueDraft(today.minusDays(30)));
        return id;
    }

    private Form step(long caseId, String slug) {
        String path = "/caseworker/assessments/" + caseId + "/steps/" + slug;
        return new Form(slug, SignedIn.as(caseworker), () -> path, () -> path);
    }

    /** A carer not linked to any account, added through the page, and the action of its link form. */
    private String carerToLink(long child) throws Exception {
        MockHttpServletResponse added = mvc.perform(post("/admin/children/" + child + "/carers").with(SignedIn.as(admin))
                .with(csrf()).param("givenName", "Kim").param("familyName", "Carer").param("relationship", "PARENT")
                .param("parentalResponsibility", "true")).andReturn().getResponse();
        assertThat(added.getStatus()).as("a carer added").isEqualTo(302);
        String html = mvc.perform(get("/admin/children/" + child).with(SignedIn.as(admin))).andReturn()
                .getResponse().getContentAsString();
        Matcher carer = Pattern.compile("/admin/children/" + child + "/carers/(\\d+)/link").matcher(html);
        assertThat(carer.find()).as("a carer to link").isTrue();
        return carer.group();
    }

    // ---- cases at each stage, taken there through the pages as a caseworker would

    /**
     * A case on a child of its own: 0 requested, 1 assessing, 2 assessing with advice asked of the adviser,
     * 3 drafting, 4 draft issued.
     */
    private long caseAt(int stage) throws Exception {
        long child = fixtures.child(north, school, null);
        MockHttpServletResponse created = mvc.perform(dated(post("/caseworker/assessments").param("child",
                        String.valueOf(child)), 70).param("requestedBy", "PARENT").param("text", "Reasons")
                .with(csrf()).with(SignedIn.as(caseworker))).andReturn().getResponse();
        String location = created.getRedirectedUrl();
        assertThat(location).as("a new case").isNotNull();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        if (stage >= 1) {
            take(id, "decide-to-assess", 60, Map.of());
        }
        if (stage >= 2) {
            take(id, "request-advice", 55, Map.of("source", "EDUCATIONAL_PSYCHOLOGY", "addressee", "EP service",
                    "adviserId", String.valueOf(adviser.id())));
        }
        if (stage >= 3) {
            take(id, "receive-advice", 40, Map.of("adviceId", String.valueOf(adviceRequestOn(id)), "text", "Advice"));
            take(id, "decide-to-issue", 35, Map.of());
        }
        if (stage >= 4) {
            take(id, "issue-draft", 30, Map.of());
        }
        return id;
    }

    private void take(long id, String slug, int daysAgo, Map<String, String> fields) throws Exception {
        Map<String, String> form = fieldsOf(step(id, slug));
        MockHttpServletRequestBuilder request = dated(post("/caseworker/assessments/" + id + "/steps/" + slug), daysAgo)
                .param("version", form.get("version")).with(csrf()).with(SignedIn.as(caseworker));
        fields.forEach(request::param);
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).as(slug).isEqualTo(302);
    }

    /** The plan of a case where the council has decided to issue one, with an outcome and provision to remove. */
    private long planWithAnOutcomeAndProvision(long caseId) throws Exception {
        long plan = plans.forAssessment(accounts.viewer(caseworker.id()).orElseThrow(), caseId).orElseThrow().id();
        LocalDate byWhen = today.plusYears(1);
        addToPlan(plan, "/outcomes/new", "/outcomes", Map.of("outcome", "Reads a timetable", "steps", "A visual schedule",
                "day", String.valueOf(byWhen.getDayOfMonth()), "month", String.valueOf(byWhen.getMonthValue()),
                "year", String.valueOf(byWhen.getYear())));
        addToPlan(plan, "/provision/new", "/provision", Map.of("what", "Speech and language therapy", "howOften", "Weekly",
                "howLong", "45 minutes", "byWhom", "Therapist"));
        return plan;
    }

    private void addToPlan(long plan, String page, String action, Map<String, String> fields) throws Exception {
        Map<String, String> form = fieldsOf(new Form(action, SignedIn.as(caseworker), () -> "/plans/" + plan + page,
                () -> "/plans/" + plan + action));
        MockHttpServletRequestBuilder request = post("/plans/" + plan + action).param("version", form.get("version"))
                .with(csrf()).with(SignedIn.as(caseworker));
        fields.forEach(request::param);
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).as(action).isEqualTo(302);
    }

    private long adviceRequestOn(long caseId) throws Exception {
        String html = mvc.perform(get("/caseworker/assessments/" + caseId).with(SignedIn.as(caseworker))).andReturn()
                .getResponse().getContentAsString();
        Matcher advice = Pattern.compile("receive-advice\\?advice=(\\d+)").matcher(html);
        assertThat(advice.find()).as("a request for advice on case " + caseId).isTrue();
        return Long.parseLong(advice.group(1));
    }

    private MockHttpServletRequestBuilder dated(MockHttpServletRequestBuilder request, int daysAgo) {
        LocalDate date = today.minusDays(daysAgo);
        return request.param("day", String.valueOf(date.getDayOfMonth()))
                .param("month", String.valueOf(date.getMonthValue())).param("year", String.valueOf(date.getYear()));
    }

    /** Mediation and appeals: a new disagreement, and each step on one open at that step. */
    private List<Form> appealForms(long child, RequestPostProcessor caseworker) {
        uk.send.domain.access.Viewer viewer = accounts.viewer(this.caseworker.id()).orElseThrow();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        long offered = disagreements.open(viewer, child, uk.send.pathway.appeal.AppealType.CONTENTS, today.minusDays(30),
                today.minusDays(30));
        long placement = disagreements.open(viewer, child, uk.send.pathway.appeal.AppealType.PLACEMENT,
                today.minusDays(30), today.minusDays(30));
        long registered = disagreements.open(viewer, child, uk.send.pathway.appeal.AppealType.PLACEMENT,
                today.minusDays(30), today.minusDays(30));
        disagreements.take(viewer, registered, 0, new uk.send.pathway.appeal.DisagreementCommand.RegisterAppeal(
                today.minusDays(20), today.plusDays(20)));
        String steps = "/caseworker/appeals/";
        return List.of(
                new Form("new disagreement", caseworker, () -> "/caseworker/appeals/new?child=" + child,
                        () -> "/caseworker/appeals?child=" + child),
                new Form("mediation certificate", caseworker, () -> steps + offered + "/steps/certificate",
                        () -> steps + offered + "/steps/certificate"),
                new Form("appeal registered", caseworker, () -> steps + placement + "/steps/appeal",
                        () -> steps + placement + "/steps/appeal"),
                new Form("hearing", caseworker, () -> steps + registered + "/steps/hearing",
                        () -> steps + registered + "/steps/hearing"),
                new Form("appeal outcome", caseworker, () -> steps + registered + "/steps/outcome",
                        () -> steps + registered + "/steps/outcome"));
    }
}
