package uk.send.web.school;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.domain.access.Viewer;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.ReferenceData;
import uk.send.pathway.support.DashboardEntry;
import uk.send.pathway.support.DashboardFilter;
import uk.send.pathway.support.SupportDashboard;
import uk.send.pathway.support.SupportPolicy;
import uk.send.web.support.Choice;
import uk.send.web.support.ListCsv;
import uk.send.web.support.Paging;

/**
 * The SENCO's dashboard ({@code /school/dashboard}): how many pupils are on each of three lists, and each list on
 * a page of its own — reviews due in the next four weeks and overdue, pupils at SEN Support without a current plan,
 * and pupils whose plan has not moved in two cycles — filtered and paged by the database, each as CSV with the
 * screen's labels (audited). {@link SupportDashboard} scopes every list to the SENCO's own setting, taken from the
 * account, never from the request.
 */
@Controller
class SchoolDashboardController {

    static final String BASE = "/school/dashboard";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final SupportDashboard dashboard;
    private final ReferenceData reference;
    private final ListCsv csv;
    private final SupportPolicy policy;

    SchoolDashboardController(SupportDashboard dashboard, ReferenceData reference, ListCsv csv, SupportPolicy policy) {
        this.policy = policy;
        this.dashboard = dashboard;
        this.reference = reference;
        this.csv = csv;
    }

    @GetMapping(BASE)
    String overview(Viewer viewer, Model model) {
        model.addAttribute("counts", dashboard.counts(viewer));
        model.addAttribute("setting", reference.settingView(viewer.settingId()));
        return "pages/school/dashboard";
    }

    /** Which list a page shows: its address, and the keys of its words. */
    enum DashboardList {
        REVIEWS("reviews"), WITHOUT_PLAN("without-plan"), NOT_MOVING("not-moving");

        final String slug;

        DashboardList(String slug) {
            this.slug = slug;
        }

        String path() {
            return BASE + "/" + slug;
        }

        /** The start of the list's keys in messages ({@code dashboard.withoutplan.title}, {@code .intro}). */
        String key() {
            return "dashboard." + slug.replace("-", "");
        }
    }

    private String list(DashboardList list, Viewer viewer, NeedCode need, DashboardFilter.When when, String tier,
                        Page<?> rows, Model model) {
        model.addAttribute("list", list.name());
        model.addAttribute("listKey", list.key());
        model.addAttribute("listPath", list.path());
        model.addAttribute("rows", rows);
        model.addAttribute("paging", Paging.of(rows, list.path(), "need", need, "when", when, "tier", tier));
        model.addAttribute("tier", tier);
        SupportTiers.addTo(model, policy);
        model.addAttribute("need", need);
        model.addAttribute("when", when);
        model.addAttribute("needs", Choice.of(NeedCode.class, "need"));
        model.addAttribute("whens", Choice.of(DashboardFilter.When.class, "dashboard.when"));
        model.addAttribute("csvHref", csvHref(list, need, when, tier));
        model.addAttribute("setting", reference.settingView(viewer.settingId()));
        return "pages/school/dashboard-list";
    }

    private static String csvHref(DashboardList list, NeedCode need, DashboardFilter.When when, String tier) {
        org.springframework.web.util.UriComponentsBuilder b = org.springframework.web.util.UriComponentsBuilder
                .fromPath(list.path() + ".csv");
        if (need != null) {
            b.queryParam("need", need.name());
        }
        if (when != null) {
            b.queryParam("when", when.name());
        }
        if (tier != null) {
            b.queryParam("tier", tier);
        }
        return b.build().toUriString();
    }

    // --- reviews due and overdue

    @GetMapping(BASE + "/reviews")
    String reviews(Viewer viewer, @RequestParam(required = false) NeedCode need,
                   @RequestParam(required = false) DashboardFilter.When when,
                   @RequestParam(required = false) String tier, @RequestParam(defaultValue = "1") int page,
                   Model model) {
        String tierCode = SupportTiers.known(policy, tier);
        Page<DashboardEntry.ReviewDue> rows = dashboard.reviews(viewer, new DashboardFilter(need, when, tierCode),
                PageRequest.of(Paging.index(page), Paging.SIZE));
        return list(DashboardList.REVIEWS, viewer, need, when, tierCode, rows, model);
    }

    @GetMapping(value = BASE + "/reviews.csv", produces = "text/csv")
    void reviewsCsv(Viewer viewer, @RequestParam(required = false) NeedCode need,
                    @RequestParam(required = false) DashboardFilter.When when,
                    @RequestParam(required = false) String tier, HttpServletResponse response)
            throws IOException {
        DashboardFilter filter = new DashboardFilter(need, when, SupportTiers.known(policy, tier));
        boolean tiers = policy.tiersInForce();
        csv.write(viewer, response, "reviews-due", "SEN Support reviews due and overdue" + described(filter),
                tiers ? ListCsv.columns("children.name", "children.upn", "support.primaryNeed", "support.cycle",
                        "support.startsOn", "dashboard.column.reviewDue", "dashboard.column.status", "support.tier")
                        : ListCsv.columns("children.name", "children.upn", "support.primaryNeed", "support.cycle",
                        "support.startsOn", "dashboard.column.reviewDue", "dashboard.column.status"),
                page -> dashboard.reviews(viewer, filter, page),
                (DashboardEntry.ReviewDue r) -> {
                    java.util.List<Object> cells = new java.util.ArrayList<>(Arrays.asList(
                            name(r.familyName(), r.givenName()), r.upn(), csv.label("need.", r.primaryNeed()), r.cycle(),
                            date(r.startsOn()), date(r.reviewDue()),
                            csv.label(r.overdue() ? "dashboard.when.OVERDUE" : "dashboard.when.DUE")));
                    if (tiers) {
                        cells.add(policy.tierName(r.tier()));
                    }
                    return cells;
                });
    }

    // --- without a current plan

    @GetMapping(BASE + "/without-plan")
    String withoutPlan(Viewer viewer, @RequestParam(required = false) NeedCode need,
                       @RequestParam(defaultValue = "1") int page, Model model) {
        Page<DashboardEntry.WithoutPlan> rows = dashboard.withoutPlan(viewer, new DashboardFilter(need, null),
                PageRequest.of(Paging.index(page), Paging.SIZE));
        return list(DashboardList.WITHOUT_PLAN, viewer, need, null, null, rows, model);
    }

    @GetMapping(value = BASE + "/without-plan.csv", produces = "text/csv")
    void withoutPlanCsv(Viewer viewer, @RequestParam(required = false) NeedCode need, HttpServletResponse response)
            throws IOException {
        DashboardFilter filter = new DashboardFilter(need, null);
        csv.write(viewer, response, "without-a-plan", "SEN Support pupils without a current plan" + described(filter),
                ListCsv.columns("children.name", "children.upn", "support.primaryNeed", "support.addedOn",
                        "dashboard.column.lastReview", "support.nextStep"),
                page -> dashboard.withoutPlan(viewer, filter, page),
                (DashboardEntry.WithoutPlan r) -> Arrays.asList(name(r.familyName(), r.givenName()), r.upn(),
                        csv.label("need.", r.primaryNeed()), date(r.addedOn()), date(r.lastReviewedOn()),
                        csv.label("support.nextStep.", r.lastNextStep())));
    }

    // --- not moved in two cycles

    @GetMapping(BASE + "/not-moving")
    String notMoving(Viewer viewer, @RequestParam(required = false) NeedCode need,
                     @RequestParam(required = false) String tier, @RequestParam(defaultValue = "1") int page,
                     Model model) {
        String tierCode = SupportTiers.known(policy, tier);
        Page<DashboardEntry.NotMoving> rows = dashboard.notMoving(viewer, new DashboardFilter(need, null, tierCode),
                PageRequest.of(Paging.index(page), Paging.SIZE));
        return list(DashboardList.NOT_MOVING, viewer, need, null, tierCode, rows, model);
    }

    @GetMapping(value = BASE + "/not-moving.csv", produces = "text/csv")
    void notMovingCsv(Viewer viewer, @RequestParam(required = false) NeedCode need,
                      @RequestParam(required = false) String tier, HttpServletResponse response) throws IOException {
        DashboardFilter filter = new DashboardFilter(need, null, SupportTiers.known(policy, tier));
        boolean tiers = policy.tiersInForce();
        java.util.List<String> columns = new java.util.ArrayList<>(ListCsv.columns("children.name", "children.upn",
                "support.primaryNeed", "dashboard.column.earlierReview", "dashboard.column.lastReview",
                "dashboard.column.cyclesReviewed", "dashboard.column.reviewDue"));
        if (tiers) {
            columns.add("support.tier");
        }
        csv.write(viewer, response, "not-moving", "SEN Support plans not moved in two cycles" + described(filter),
                columns, page -> dashboard.notMoving(viewer, filter, page),
                (DashboardEntry.NotMoving r) -> {
                    java.util.List<Object> cells = new java.util.ArrayList<>(Arrays.asList(name(r.familyName(),
                            r.givenName()), r.upn(), csv.label("need.", r.primaryNeed()), date(r.earlierReviewOn()),
                            date(r.lastReviewOn()), r.cyclesReviewed(), date(r.reviewDue())));
                    if (tiers) {
                        cells.add(policy.tierName(r.tier()));
                    }
                    return cells;
                });
    }

    // --- the cells as the screen shows them

    private static String described(DashboardFilter filter) {
        return (filter.need() == null ? "" : ", need " + filter.need().name())
                + (filter.when() == null ? "" : ", " + filter.when().name().toLowerCase(Locale.ROOT))
                + (filter.tier() == null ? "" : ", tier " + filter.tier());
    }

    private static String name(String family, String given) {
        return family + ", " + given;
    }

    private static String date(LocalDate d) {
        return d == null ? null : DATE.format(d);
    }
}
