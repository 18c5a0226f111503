package uk.send.web.admin;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import uk.send.domain.access.Viewer;
import uk.send.domain.support.TimeConfiguration;
import uk.send.domain.retention.Retention;
import uk.send.domain.retention.RetentionPeriod;
import uk.send.domain.retention.Retention.PastRecord;
import uk.send.domain.retention.Retention.Rule;
import uk.send.web.support.ListCsv;
import uk.send.web.support.Notice;
import uk.send.web.support.Paging;

/**
 * The retention schedule: how long each kind of record is kept (the council's default and its reason, changed by an
 * administrator), and the report of records past it, counted per type, listed a page at a time and downloadable.
 * The service deletes nothing: the pages say so, and what happens to a record past retention is for the council.
 */
@Controller
@RequestMapping("/admin/retention")
class RetentionController {

    private static final String SCHEDULE = "/admin/retention";
    private static final String REPORT = "/admin/retention/report";

    private final Retention retention;
    private final RetentionFormValidator validator;
    private final ListCsv csv;
    private final MessageSource messages;

    RetentionController(Retention retention, RetentionFormValidator validator, ListCsv csv, MessageSource messages) {
        this.retention = retention;
        this.validator = validator;
        this.csv = csv;
        this.messages = messages;
    }

    /** A record type's rule as the pages show it: the period in words, and the day it was last changed (London). */
    record RuleView(Rule rule, String period, LocalDate changedOn) {
    }

    @GetMapping
    String schedule(Viewer viewer, Model model) {
        model.addAttribute("rules", retention.rules(viewer).stream().map(this::view).toList());
        return "pages/admin/retention";
    }

    @GetMapping("/{key}")
    String edit(@PathVariable String key, Viewer viewer, Model model) {
        Rule rule = retention.rule(viewer, key);
        model.addAttribute("retentionForm", RetentionForm.of(rule.period()));
        model.addAttribute("rule", view(rule));
        return "pages/admin/retention-edit";
    }

    @PostMapping("/{key}")
    String change(@PathVariable String key, @ModelAttribute("retentionForm") RetentionForm form, BindingResult errors,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        Binding.requireBound(errors);
        Rule rule = retention.rule(viewer, key);
        validator.validate(form, errors);
        if (errors.hasErrors()) {
            model.addAttribute("rule", view(rule));
            return "pages/admin/retention-edit";
        }
        retention.change(viewer, key, form.period());
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("admin.retention.changed",
                messages.getMessage("admin.retention.type." + key + ".name", null, key, Locale.UK)));
        return "redirect:" + SCHEDULE;
    }

    @GetMapping("/report")
    String report(Viewer viewer, Model model) {
        model.addAttribute("counts", retention.report(viewer).stream()
                .map(c -> new CountView(view(c.rule()), c.cutoff(), c.count())).toList());
        return "pages/admin/retention-report";
    }

    /** A record type's count past retention, with the latest start counted. */
    record CountView(RuleView rule, LocalDate cutoff, long count) {
    }

    /** A record past retention as the list shows it, with the page it links to (none for an audit row's own page). */
    record Row(PastRecord record, String label, String href) {
    }

    @GetMapping("/report/{key}")
    String records(@PathVariable String key, @RequestParam(defaultValue = "1") int page, Viewer viewer, Model model) {
        Rule rule = retention.rule(viewer, key);
        int index = Math.min(Paging.index(page), 100_000);
        Page<PastRecord> past = retention.pastRetention(viewer, key, PageRequest.of(index, Paging.SIZE));
        model.addAttribute("rule", view(rule));
        model.addAttribute("rows", past.getContent().stream().map(r -> new Row(r, label(key, r), href(key, r))).toList());
        model.addAttribute("paging", Paging.of(past, REPORT + "/" + key));
        return "pages/admin/retention-records";
    }

    /** One record type's records past retention as CSV, with the list's column labels; the download is audited. */
    @GetMapping("/report/{key}/records.csv")
    void download(@PathVariable String key, Viewer viewer, HttpServletResponse response) throws IOException {
        retention.rule(viewer, key);
        String type = csv.label("admin.retention.type." + key + ".name");
        csv.write(viewer, response, "retention-" + key.toLowerCase(Locale.ROOT).replace('_', '-'),
                "records past retention: " + key,
                ListCsv.columns("admin.retention.records.type", "admin.retention.records.record",
                        "admin.retention.records.started", "admin.retention.records.ended"),
                pageable -> retention.pastRetention(viewer, key, pageable),
                r -> List.of(type, label(key, r), r.startsOn(), r.endedOn()));
    }

    private RuleView view(Rule rule) {
        return new RuleView(rule, period(rule.period()),
                rule.changedAt() == null ? null : LocalDate.ofInstant(rule.changedAt(), TimeConfiguration.LONDON));
    }

    /** A period in words: "6 years", "3 months", "1 year and 6 months". */
    private String period(RetentionPeriod period) {
        String years = messages.getMessage("admin.retention.years", new Object[] {period.years()}, Locale.UK);
        String months = messages.getMessage("admin.retention.months", new Object[] {period.months()}, Locale.UK);
        if (period.months() == 0) {
            return years;
        }
        return period.years() == 0 ? months
                : messages.getMessage("admin.retention.yearsAndMonths", new Object[] {years, months}, Locale.UK);
    }

    /** The record in words, such as "Child record 12". */
    private String label(String key, PastRecord r) {
        return messages.getMessage("admin.retention.type." + key + ".record", new Object[] {Long.toString(r.id())},
                "#" + r.id(), Locale.UK);
    }

    /** The page of the record, or of what it belongs to, that an administrator can open. */
    static String href(String key, PastRecord r) {
        Long link = r.linkId();
        return switch (key) {
            case "CHILD", "PLAN_CEASED", "ADVICE_REQUEST", "TOP_UP_APPLICATION" -> link == null ? null : "/children/" + link;
            case "MAIL" -> link == null ? null : "/admin/mail/" + link;
            case "ACCOUNT_LINK" -> link == null ? null : "/admin/users/" + link;
            case "DATA_IMPORT" -> link == null ? null : "/admin/imports/" + link;
            case "OFFER_COMMENT" -> link == null ? null : "/local-offer-editor/comments/" + link;
            case "AUDIT_EVENT" -> auditDay(r.startsOn());
            default -> null;
        };
    }

    /** The audit trail of the day the row was written. */
    private static String auditDay(LocalDate day) {
        return UriComponentsBuilder.fromPath("/admin/audit")
                .queryParam("fromDay", day.getDayOfMonth()).queryParam("fromMonth", day.getMonthValue())
                .queryParam("fromYear", day.getYear())
                .queryParam("toDay", day.getDayOfMonth()).queryParam("toMonth", day.getMonthValue())
                .queryParam("toYear", day.getYear()).build().toUriString();
    }
}
