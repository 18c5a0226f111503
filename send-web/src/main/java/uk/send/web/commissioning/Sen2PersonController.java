package uk.send.web.commissioning;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.commissioning.returns.Sen2Returns;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.web.support.Downloads;
import uk.send.web.support.ListCsv;
import uk.send.domain.files.Csv;
import uk.send.pathway.returns.Sen2Checks;
import uk.send.pathway.returns.Sen2Finding;
import uk.send.pathway.returns.Sen2Records;
import uk.send.pathway.returns.Sen2Rule;
import uk.send.web.support.Paging;

/**
 * The person-level SEN2 return and the records breaking its rules. Both name children, so neither is a
 * commissioner's (who sees the counts by rule on the aggregate page): an administrator downloads the return for the
 * whole area and sees every finding, each linked to the child's record; a caseworker sees the findings for the
 * children of their footprints, each linked to the page where they fix it (the child's record, the assessment, the
 * plan). Every download and list is audited; the file and the CSV are streamed as they are read.
 */
@Controller
class Sen2PersonController {

    static final String ADMIN_PAGE = "/admin/sen2";
    static final String CASEWORKER_PAGE = "/caseworker/sen2-checks";

    private final Sen2Returns returns;
    private final Sen2Records records;
    private final Sen2Checks checks;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;
    private final String laCode;
    private final ListCsv csv;
    private final Downloads downloads;

    Sen2PersonController(Sen2Returns returns, Sen2Records records, Sen2Checks checks, MessageSource messages,
                         AuditLog audit, Clock clock, @Value("${send.imports.la-code:999}") String laCode,
                         ListCsv csv, Downloads downloads) {
        this.csv = csv;
        this.downloads = downloads;
        this.returns = returns;
        this.records = records;
        this.checks = checks;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.laCode = laCode;
    }

    @GetMapping(ADMIN_PAGE)
    String admin(@RequestParam(required = false) Integer year, @RequestParam(required = false) Sen2Rule rule,
                 @RequestParam(defaultValue = "1") int page, Viewer viewer, Model model) {
        return list(ADMIN_PAGE, year, rule, page, viewer, model);
    }

    @GetMapping(CASEWORKER_PAGE)
    String caseworker(@RequestParam(required = false) Integer year, @RequestParam(required = false) Sen2Rule rule,
                      @RequestParam(defaultValue = "1") int page, Viewer viewer, Model model) {
        return list(CASEWORKER_PAGE, year, rule, page, viewer, model);
    }

    @GetMapping(ADMIN_PAGE + "/checks.csv")
    void adminCsv(@RequestParam(required = false) Integer year, @RequestParam(required = false) Sen2Rule rule,
                  Viewer viewer, Locale locale, HttpServletResponse response) throws IOException {
        csv(year, rule, viewer, locale, response);
    }

    @GetMapping(CASEWORKER_PAGE + ".csv")
    void caseworkerCsv(@RequestParam(required = false) Integer year, @RequestParam(required = false) Sen2Rule rule,
                       Viewer viewer, Locale locale, HttpServletResponse response) throws IOException {
        csv(year, rule, viewer, locale, response);
    }

    /** The person-level return for the whole area, in the DfE's XML, streamed; audited before the first byte. */
    @GetMapping(ADMIN_PAGE + "/return.xml")
    void xml(@RequestParam(required = false) Integer year, Viewer viewer, HttpServletResponse response)
            throws IOException, XMLStreamException {
        int census = offered(year);
        LocalDate date = Sen2Returns.censusDate(census);
        OutputStream file = downloads.start(viewer, response, "application/xml;charset=UTF-8",
                "sen2-person-level-" + census + ".xml", "sen2-person-xml",
                "SEN2 person-level return for the census of " + census);
        try (Sen2PersonXml xml = Sen2PersonXml.start(file, census, date, laCode,
                LocalDateTime.now(clock))) {
            records.stream(date, null, xml::row);
        }
    }

    private String list(String path, Integer year, Sen2Rule rule, int page, Viewer viewer, Model model) {
        int census = offered(year);
        LocalDate date = Sen2Returns.censusDate(census);
        Collection<Long> scope = scope(viewer);
        int index = Paging.index(page);
        Sen2Checks.Listing listing = checks.listing(date, scope, rule, index, Paging.SIZE);
        Map<Sen2Rule, Long> counts = listing.counts();
        long total = rule == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.get(rule);
        List<Sen2Finding> found = listing.findings();
        audit.record(viewer, AuditAction.CHILD_SEARCHED, "SEN2", String.valueOf(census),
                "SEN2 checks for the census of " + census + (rule == null ? "" : ", rule " + rule));
        model.addAttribute("path", path);
        model.addAttribute("admin", viewer.is(Role.ADMIN));
        model.addAttribute("year", census);
        model.addAttribute("yearLabel", String.valueOf(census));
        model.addAttribute("years", returns.years());
        model.addAttribute("censusDate", date);
        model.addAttribute("rule", rule);
        model.addAttribute("rules", Sen2Rule.values());
        model.addAttribute("counts", counts);
        model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("findings", found.stream().map(f -> new Row(f, link(f, viewer))).toList());
        model.addAttribute("paging", Paging.of(new PageImpl<>(found, PageRequest.of(index, Paging.SIZE), total), path,
                "year", census, "rule", rule));
        return "pages/sen2/checks";
    }

    private void csv(Integer year, Sen2Rule rule, Viewer viewer, Locale locale, HttpServletResponse response)
            throws IOException {
        int census = offered(year);
        Writer out = csv.start(viewer, response, "sen2-checks",
                "SEN2 checks for the census of " + census + (rule == null ? "" : ", rule " + rule),
                "sen2-checks-" + census + ".csv");
        out.write(Csv.line(messages.getMessage("sen2.checks.child", null, locale),
                messages.getMessage("sen2.checks.childId", null, locale),
                messages.getMessage("sen2.checks.rule", null, locale),
                messages.getMessage("sen2.checks.fixOn", null, locale),
                messages.getMessage("sen2.checks.url", null, locale)));
        checks.stream(Sen2Returns.censusDate(census), scope(viewer), rule, f -> {
            try {
                out.write(Csv.line(f.familyName() + ", " + f.givenName(), f.childId(),
                        messages.getMessage("sen2.rule." + f.rule(), null, locale),
                        messages.getMessage("sen2.fix." + f.rule().fix(), null, locale), link(f, viewer)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        out.flush();
    }

    /** One finding with the page where it is fixed. */
    record Row(Sen2Finding finding, String link) {
    }

    /**
     * Where the fix is made: the child's record for an administrator (whose pages are the child's record), and the
     * assessment or plan itself for a caseworker.
     */
    static String link(Sen2Finding f, Viewer viewer) {
        if (viewer.is(Role.ADMIN)) {
            return "/children/" + f.childId();
        }
        return switch (f.rule().fix()) {
            case CHILD -> "/children/" + f.childId();
            case ASSESSMENT -> "/caseworker/assessments/" + f.recordId();
            case PLAN -> "/plans/" + f.recordId();
        };
    }

    /** An administrator's scope is the whole area; a caseworker's, their footprints. */
    private static Collection<Long> scope(Viewer viewer) {
        return viewer.is(Role.ADMIN) ? null : viewer.footprintIds();
    }

    private int offered(Integer year) {
        if (year == null) {
            return returns.currentYear();
        }
        if (!returns.years().contains(year)) {
            throw new NoSuchElementException("No SEN2 return for that year");
        }
        return year;
    }
}
