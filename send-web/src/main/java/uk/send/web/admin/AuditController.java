package uk.send.web.admin;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.domain.audit.AuditEntry;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.support.TimeConfiguration;
import uk.send.web.support.Paging;

/** The audit trail, newest first, a page at a time by previous and next links. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
            .withZone(TimeConfiguration.LONDON);

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    /** An entry with its time in London, as the page shows it. */
    record Row(AuditEntry entry, String when) {
    }

    @GetMapping("/admin/audit")
    String latest(@RequestParam(defaultValue = "1") int page, Model model) {
        int index = Paging.index(page);
        // one more than a page: whether there is a next page, without counting the whole trail
        List<AuditEntry> entries = audit.latest(PAGE_SIZE + 1, index * PAGE_SIZE);
        model.addAttribute("rows", entries.stream().limit(PAGE_SIZE).map(e -> new Row(e, WHEN.format(e.occurredAt()))).toList());
        model.addAttribute("previous", index > 0 ? "/admin/audit?page=" + index : null);
        model.addAttribute("next", entries.size() > PAGE_SIZE ? "/admin/audit?page=" + (index + 2) : null);
        return "pages/admin/audit";
    }
}
