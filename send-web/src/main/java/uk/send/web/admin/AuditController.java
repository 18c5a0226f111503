package uk.send.web.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditEntry;
import uk.send.domain.audit.AuditLine;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.support.TimeConfiguration;
import uk.send.web.support.Choice;
import uk.send.domain.files.Csv;
import uk.send.web.support.Paging;
import uk.send.web.support.ListCsv;

/**
 * The audit trail, newest first, a page at a time: who did what to whose record, in words, with a link to
 * the record where an administrator has a page for it; filtered by person, child, action and dates, and
 * downloaded as CSV (the download itself audited).
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;
    private static final int CSV_BATCH = 500;
    private static final String CSV_HEADER = "When,Who,Email,Action,Record,Whose record,Detail";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
            .withZone(TimeConfiguration.LONDON);

    private final AuditLog audit;
    private final MessageSource messages;
    private final ListCsv listCsv;

    AuditController(AuditLog audit, MessageSource messages, ListCsv listCsv) {
        this.listCsv = listCsv;
        this.audit = audit;
        this.messages = messages;
    }

    /** An entry as the page shows it: time in London, the record in words, and a link to it where there is one. */
    record Row(AuditEntry entry, String when, String actorName, String record, String subjectName, String href) {
    }

    @GetMapping("/admin/audit")
    String latest(@ModelAttribute("filter") AuditFilter filter, BindingResult errors,
                  @RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
        filter.check(errors);
        return show(filter, errors, page, locale, model);
    }

    private String show(AuditFilter filter, BindingResult errors, int page, Locale locale, Model model) {
        model.addAttribute("actionChoices", Choice.of(AuditAction.class, "admin.audit.action"));
        if (errors.hasErrors()) {
            model.addAttribute("rows", List.of());
            return "pages/admin/audit";
        }
        int index = Paging.index(page);
        // one more than a page: whether there is a next page, without counting the whole trail
        List<AuditLine> lines = audit.search(filter.query(), PAGE_SIZE + 1, index * PAGE_SIZE);
        model.addAttribute("rows", lines.stream().limit(PAGE_SIZE).map(l -> row(l, locale)).toList());
        model.addAttribute("filtered", !filter.query().isEmpty());
        model.addAttribute("previous", index > 0 ? link("/admin/audit", filter, index) : null);
        model.addAttribute("next", lines.size() > PAGE_SIZE ? link("/admin/audit", filter, index + 2) : null);
        model.addAttribute("download", link("/admin/audit.csv", filter, null));
        return "pages/admin/audit";
    }

    /**
     * The filtered trail as CSV, written a batch at a time as the database returns it. Filters that cannot be
     * read show the audit page with their errors instead.
     */
    @GetMapping("/admin/audit.csv")
    String download(@ModelAttribute("filter") AuditFilter filter, BindingResult errors, Viewer viewer, Locale locale,
                    Model model, HttpServletResponse response) throws IOException {
        filter.check(errors);
        if (errors.hasErrors()) {
            return show(filter, errors, 1, locale, model);
        }
        Writer out = listCsv.start(viewer, response, "audit", "audit trail " + filter.parameters());
        out.write(CSV_HEADER + "\r\n");
        audit.each(filter.query(), CSV_BATCH, line -> {
            Row row = row(line, locale);
            try {
                out.write(Csv.line(row.when(), row.actorName(), row.entry().actor(),
                        messages.getMessage("admin.audit.action." + row.entry().action(), null, locale),
                        row.record(), row.subjectName(), row.entry().detail()));
            } catch (IOException gone) {
                throw new UncheckedIOException(gone);
            }
        });
        out.flush();
        return null;
    }

    private Row row(AuditLine line, Locale locale) {
        AuditEntry e = line.entry();
        String record = null;
        if (e.entityType() != null) {
            String kind = messages.getMessage("admin.audit.entity." + e.entityType(), null, e.entityType(), locale);
            record = e.entityId() == null ? kind : kind + " " + e.entityId();
        }
        return new Row(e, WHEN.format(e.occurredAt()), line.actorName(), record, line.subjectName(), href(e));
    }

    /** The administrator's page for the record, where there is one. */
    private static String href(AuditEntry e) {
        if (e.entityId() == null || !e.entityId().matches("[0-9]{1,18}")) {
            return null;
        }
        return switch (e.entityType()) {
            case "CHILD" -> "/children/" + e.entityId();
            case "USER" -> "/admin/users/" + e.entityId();
            case "SETTING" -> "/admin/settings/" + e.entityId();
            case "FOOTPRINT" -> "/admin/footprints/" + e.entityId();
            case "offer_service" -> "/local-offer-editor/services/" + e.entityId();
            default -> null;
        };
    }

    private static String link(String path, AuditFilter filter, Integer page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        for (Map.Entry<String, String> p : filter.parameters().entrySet()) {
            b.queryParam(p.getKey(), p.getValue());
        }
        if (page != null) {
            b.queryParam("page", page);
        }
        return b.encode().build().toUriString();
    }
}
