package uk.send.web.transfer;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.commissioning.offer.EditorEntry;
import uk.send.commissioning.offer.LocalOffer;
import uk.send.commissioning.placement.InmssPlacements;
import uk.send.commissioning.placement.PlacementStatus;
import uk.send.commissioning.placement.RegisterRow;
import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.funding.topup.ApplicationSummary;
import uk.send.funding.topup.AwardView;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SenProvision;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.funding.topup.TopUpFunding;
import uk.send.pathway.assessment.AdviceRequests;
import uk.send.pathway.assessment.AdviceTask;
import uk.send.pathway.support.RegisterEntry;
import uk.send.pathway.support.RegisterFilter;
import uk.send.pathway.support.RegisterStatus;
import uk.send.pathway.support.SupportPlans;
import uk.send.web.support.ListCsv;

/**
 * The list pages that had no CSV: the administrator's users and settings, the panel's queue, decisions and awards
 * ending, the Local Offer editor's services, the SENCO's SEN register and the adviser's advice requests. Each export is the page's own query with the page's filters, read a batch at a
 * time, with the page's column labels and the codes worded as the page words them; each is audited as a download.
 */
@Controller
class ListExportsController {

    private static final Sort USERS = Sort.by("displayName", "id");
    private static final Sort SETTINGS = Sort.by("name", "id");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final ListCsv csv;
    private final AccountService accounts;
    private final TopUpFunding funding;
    private final LocalOffer offer;
    private final ReferenceData reference;
    private final SupportPlans support;
    private final AdviceRequests advice;
    private final InmssPlacements placements;

    ListExportsController(ListCsv csv, AccountService accounts, TopUpFunding funding, LocalOffer offer,
                          ReferenceData reference, SupportPlans support, AdviceRequests advice,
                          InmssPlacements placements) {
        this.placements = placements;
        this.csv = csv;
        this.accounts = accounts;
        this.funding = funding;
        this.offer = offer;
        this.reference = reference;
        this.support = support;
        this.advice = advice;
    }

    /** The settings page's list: its search, footprint and type, sorted by name as the page is. */
    @GetMapping(value = "/admin/settings.csv", produces = "text/csv")
    void settings(Viewer viewer, @RequestParam(required = false) String q, @RequestParam(required = false) Long footprint,
                  @RequestParam(required = false) SettingType type, HttpServletResponse response) throws IOException {
        csv.write(viewer, response, "settings", "settings" + searched(q) + (footprint == null ? "" : ", footprint " + footprint)
                        + (type == null ? "" : ", type " + type.name()),
                ListCsv.columns("settings.urn", "settings.name", "settings.type", "settings.phase", "settings.footprint",
                        "admin.settings.status"),
                page -> reference.settings(q, footprint, type,
                        PageRequest.of(page.getPageNumber(), page.getPageSize(), SETTINGS)),
                (SettingView s) -> Arrays.asList(s.urn(), s.name(), csv.label("settingType.", s.type()),
                        csv.label("phase.", s.phase()), s.footprintName(),
                        csv.label(s.open() ? "admin.settings.status.open" : "admin.settings.status.closed")));
    }

    /** The SENCO's SEN register (their setting's pupils only, as on the page), with the page's search and filters. */
    @GetMapping(value = "/school/register.csv", produces = "text/csv")
    void register(Viewer viewer, @RequestParam(required = false) String q,
                  @RequestParam(required = false) SenProvision provision, @RequestParam(required = false) NeedCode need,
                  @RequestParam(required = false) RegisterStatus status, HttpServletResponse response) throws IOException {
        RegisterFilter filter = new RegisterFilter(q, provision, need, status);
        csv.write(viewer, response, "sen-register", "SEN register" + searched(q)
                        + (provision == null ? "" : ", provision " + provision.name())
                        + (need == null ? "" : ", need " + need.name()) + (status == null ? "" : ", " + status.name()),
                ListCsv.columns("children.name", "children.provision", "support.primaryNeed", "support.secondaryNeed",
                        "support.addedOn", "support.planStatus", "support.reviewDue"),
                page -> support.register(viewer, filter, page),
                (RegisterEntry p) -> Arrays.asList(p.familyName() + ", " + p.givenName(),
                        csv.label("provision.", p.provision()),
                        p.primaryNeed() == null ? csv.label("common.none") : csv.label("need.", p.primaryNeed()),
                        p.secondaryNeed() == null ? csv.label("common.none") : csv.label("need.", p.secondaryNeed()),
                        p.addedOn() == null ? csv.label("common.notKnown") : date(p.addedOn()),
                        csv.label("support.status.", p.status()),
                        p.reviewDue() == null ? csv.label("common.none") : date(p.reviewDue())));
    }

    /** An adviser's requests: those waiting for their advice or, with {@code show=answered}, those answered. */
    @GetMapping(value = "/adviser/requests.csv", produces = "text/csv")
    void adviceRequests(Viewer viewer, @RequestParam(defaultValue = "") String show, HttpServletResponse response)
            throws IOException {
        boolean answered = "answered".equals(show);
        csv.write(viewer, response, "advice-requests", "advice requests" + (answered ? ", answered" : ", waiting"),
                ListCsv.columns("adviser.child", "children.dateOfBirth", "adviser.source", "adviser.requestedOn",
                        "adviser.dueOn", "adviser.status"),
                page -> advice.forAdviser(viewer, answered, page).page(),
                (AdviceTask r) -> Arrays.asList(r.child().fullName(), date(r.child().dateOfBirth()),
                        csv.label("adviceSource.", r.source()), date(r.requestedOn()), date(r.dueOn()),
                        r.received() ? csv.message("adviser.receivedOn", date(r.receivedOn()))
                                : csv.label("adviser.notYet")));
    }

    /**
     * The commissioner's INMSS placement register with the page's status filter, a page of the register's own size
     * a statement; a placement is its reference, never a child.
     */
    @GetMapping(value = "/commissioner/placements/register.csv", produces = "text/csv")
    void placementRegister(Viewer viewer, @RequestParam(required = false) PlacementStatus status,
                           HttpServletResponse response) throws IOException {
        csv.write(viewer, response, "inmss-placements", "INMSS placement register" + (status == null ? "" : ", " + status.name()),
                ListCsv.columns("inmss.reference", "inmss.setting", "stats.footprint", "children.need", "inmss.start",
                        "inmss.plannedEnd", "inmss.annualCost", "inmss.status"),
                page -> {
                    InmssPlacements.Register register = placements.register(status, page.getPageNumber());
                    return new PageImpl<>(register.rows(), PageRequest.of(register.page(), register.pageSize()),
                            register.total());
                },
                (RegisterRow r) -> Arrays.asList(r.reference(), r.settingName(), r.footprintName(),
                        r.primaryNeed() == null ? null : r.primaryNeed().code(), date(r.start()), date(r.plannedEnd()),
                        r.annualCost() == null ? null : r.annualCost().format(), csv.label("inmss.status.", r.status())));
    }

    /** Whether a list was searched; never what was searched for (it may be a child's name). */
    private static String searched(String q) {
        return q == null || q.isBlank() ? "" : ", searched";
    }

    private static String date(LocalDate d) {
        return d == null ? null : DATE.format(d);
    }

    @GetMapping(value = "/admin/users.csv", produces = "text/csv")
    void users(Viewer viewer, @RequestParam(required = false) String q, @RequestParam(required = false) Role role,
               HttpServletResponse response) throws IOException {
        csv.write(viewer, response, "users", "users" + (q == null || q.isBlank() ? "" : ", searched")
                        + (role == null ? "" : ", role " + role.name()),
                ListCsv.columns("admin.users.displayName", "admin.users.email", "admin.users.role", "admin.users.scope",
                        "admin.users.status"),
                page -> accounts.search(q, role, PageRequest.of(page.getPageNumber(), page.getPageSize(), USERS)),
                (AccountView u) -> Arrays.asList(u.displayName(), u.email(), csv.label("role.", u.role()), scope(u),
                        csv.label(!u.enabled() ? "admin.users.status.disabled"
                                : u.locked() ? "admin.users.status.locked" : "admin.users.status.active")));
    }

    /** Who an account can see, as the users page says it. */
    private String scope(AccountView u) {
        return switch (u.role()) {
            case SENCO -> u.settingName();
            case CASEWORKER, PANEL -> String.join(", ", u.footprintNames());
            default -> csv.label("admin.users.scope." + u.role().name());
        };
    }

    @GetMapping(value = "/panel/applications.csv", produces = "text/csv")
    void queue(Viewer viewer, HttpServletResponse response) throws IOException {
        csv.write(viewer, response, "top-up-applications", "top-up applications awaiting a decision", APPLICATION_COLUMNS,
                page -> funding.queue(viewer, page), this::application);
    }

    @GetMapping(value = "/panel/decisions.csv", produces = "text/csv")
    void decisions(Viewer viewer, HttpServletResponse response) throws IOException {
        csv.write(viewer, response, "top-up-decisions", "top-up decisions", APPLICATION_COLUMNS,
                page -> funding.decisions(viewer, page), this::application);
    }

    private static final List<String> APPLICATION_COLUMNS = ListCsv.columns("funding.pupil", "funding.school",
            "funding.requestedBand", "funding.submittedOn", "funding.status");

    private List<?> application(ApplicationSummary a) {
        return Arrays.asList(a.childName(), a.settingName(), a.requestedBandName(), a.submittedOn(),
                csv.label("funding.status.", a.status()));
    }

    @GetMapping(value = "/panel/awards.csv", produces = "text/csv")
    void awards(Viewer viewer, HttpServletResponse response) throws IOException {
        csv.write(viewer, response, "top-up-awards-ending", "top-up awards ending",
                ListCsv.columns("funding.pupil", "funding.school", "funding.band", "funding.endsOn"),
                page -> funding.awardsEnding(viewer, page),
                (AwardView w) -> Arrays.asList(w.childName(), w.settingName(), w.bandName(), w.endsOn()));
    }

    @GetMapping(value = "/local-offer-editor/services.csv", produces = "text/csv")
    void services(Viewer viewer, @RequestParam(required = false) String due, HttpServletResponse response)
            throws IOException {
        boolean onlyDue = "true".equals(due);
        csv.write(viewer, response, "local-offer-services", "Local Offer services" + (onlyDue ? ", check due" : ""),
                ListCsv.columns("offer.editor.service", "offer.editor.provider", "offer.editor.category",
                        "offer.editor.lastChecked", "offer.editor.status"),
                page -> offer.entries(viewer, onlyDue, page),
                (EditorEntry e) -> Arrays.asList(e.name(), e.organizationName(), csv.label("offer.category.", e.category()),
                        e.lastCheckedOn(), e.checkDue() ? csv.label("offer.editor.dueTag")
                                : csv.label("offer.status.", e.status())));
    }
}
