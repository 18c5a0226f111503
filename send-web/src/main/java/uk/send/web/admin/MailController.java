package uk.send.web.admin;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.notifications.MailSettings;
import uk.send.domain.notifications.Notifications;
import uk.send.domain.notifications.OutboxEntry;
import uk.send.domain.support.TimeConfiguration;
import uk.send.web.support.ListCsv;

/**
 * Sent mail: every email the service has queued, newest first, whether it has gone and how. Where no mail
 * service is configured (the demo), this page is where email is read; reading one is audited.
 */
@Controller
class MailController {

    static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(TimeConfiguration.LONDON);

    private final Notifications notifications;
    private final MailSettings settings;
    private final AuditLog audit;
    private final ListCsv csv;

    MailController(Notifications notifications, MailSettings settings, AuditLog audit, ListCsv csv) {
        this.csv = csv;
        this.notifications = notifications;
        this.settings = settings;
        this.audit = audit;
    }

    /** An email with its times in London, as the pages show them. */
    record Row(OutboxEntry email, String created, String sent) {
        static Row of(OutboxEntry e) {
            return new Row(e, WHEN.format(e.createdAt()), e.sentAt() == null ? null : WHEN.format(e.sentAt()));
        }
    }

    @GetMapping("/admin/mail")
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        int index = Math.min(uk.send.web.support.Paging.index(page), 100_000);
        Page<OutboxEntry> emails = notifications.outbox(PageRequest.of(index, PAGE_SIZE));
        model.addAttribute("rows", emails.getContent().stream().map(Row::of).toList());
        model.addAttribute("channel", settings.sender());
        model.addAttribute("previous", emails.hasPrevious() ? "/admin/mail?page=" + index : null);
        model.addAttribute("next", emails.hasNext() ? "/admin/mail?page=" + (index + 2) : null);
        return "pages/admin/mail";
    }

    /** Every email as CSV, newest first, with the page's columns; the download is audited. */
    @GetMapping("/admin/mail.csv")
    void csv(Viewer viewer, HttpServletResponse response) throws IOException {
        csv.write(viewer, response, "sent-mail", "sent mail",
                ListCsv.columns("admin.mail.queued", "admin.mail.to", "admin.mail.subject", "admin.mail.status"),
                notifications::outbox, e -> java.util.Arrays.asList(Row.of(e).created(), e.to(), e.subject(),
                        e.sent() ? csv.label("admin.mail.sent") : csv.message("admin.mail.waiting", e.attempts())));
    }

    @GetMapping("/admin/mail/{id}")
    String email(@PathVariable long id, Viewer viewer, Model model) {
        OutboxEntry email = notifications.email(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        audit.record(viewer, AuditAction.MAIL_VIEWED, "EMAIL", id);
        model.addAttribute("row", Row.of(email));
        return "pages/admin/mail-email";
    }
}
