package uk.send.web.transfer;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.commissioning.offer.EditorEntry;
import uk.send.commissioning.offer.LocalOffer;
import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.funding.topup.ApplicationSummary;
import uk.send.funding.topup.AwardView;
import uk.send.funding.topup.TopUpFunding;
import uk.send.web.support.ListCsv;

/**
 * The list pages that had no CSV: the administrator's users, the panel's queue, decisions and awards ending, and the
 * Local Offer editor's services. Each export is the page's own query with the page's filters, read a batch at a
 * time, with the page's column labels and the codes worded as the page words them; each is audited as a download.
 */
@Controller
class ListExportsController {

    private static final Sort USERS = Sort.by("displayName", "id");

    private final ListCsv csv;
    private final AccountService accounts;
    private final TopUpFunding funding;
    private final LocalOffer offer;

    ListExportsController(ListCsv csv, AccountService accounts, TopUpFunding funding, LocalOffer offer) {
        this.csv = csv;
        this.accounts = accounts;
        this.funding = funding;
        this.offer = offer;
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
