package uk.send.web.commissioning;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletResponse;

import java.util.NoSuchElementException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.domain.access.Viewer;
import uk.send.domain.files.Csv;
import uk.send.commissioning.returns.Sen2Line;
import uk.send.commissioning.returns.Sen2Return;
import uk.send.commissioning.returns.Sen2Returns;
import uk.send.commissioning.disclosure.SmallNumbers;
import uk.send.pathway.returns.Sen2Checks;
import uk.send.pathway.returns.Sen2Rule;
import uk.send.web.support.Downloads;
import java.util.EnumMap;
import java.util.Map;

/**
 * The SEN2 return for a census year: its counts module by module with each definition and its source, and the
 * same lines as CSV, each count through the small-number policy ({@link Sen2Figures}). Computed from the service's
 * records each time; nothing is stored or typed in.
 */
@Controller
class Sen2Controller {

    private final Sen2Returns returns;
    private final MessageSource messages;
    private final FigureText text;
    private final Downloads downloads;
    private final Clock clock;
    private final String laCode;
    private final Sen2Checks checks;

    Sen2Controller(Sen2Returns returns, MessageSource messages, FigureText text, Downloads downloads, Clock clock,
                   @Value("${send.imports.la-code:999}") String laCode, Sen2Checks checks) {
        this.checks = checks;
        this.returns = returns;
        this.messages = messages;
        this.text = text;
        this.downloads = downloads;
        this.clock = clock;
        this.laCode = laCode;
    }

    @GetMapping("/commissioner/sen2")
    String sen2(@RequestParam(required = false) Integer year, Model model, Locale locale) {
        Sen2Return sen2 = returns.forYear(offered(year), null);
        model.addAttribute("sen2", sen2);
        model.addAttribute("lines", Sen2Figures.publish(sen2, text, locale));
        model.addAttribute("years", returns.years());
        // the records breaking the person-level return's rules, counted only (each through the small-number policy):
        // the records themselves name children and are listed for administrators and caseworkers
        Map<Sen2Rule, String> checkCounts = new EnumMap<>(Sen2Rule.class);
        checks.countsByRule(sen2.censusDate(), null)
                .forEach((rule, n) -> checkCounts.put(rule, text.text(SmallNumbers.count(n), locale)));
        model.addAttribute("checkCounts", checkCounts);
        return "pages/commissioner/sen2";
    }

    @GetMapping(value = "/commissioner/sen2.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) Integer year, Viewer viewer, Locale locale) {
        Sen2Return sen2 = returns.forYear(offered(year), null);
        downloads.list(viewer, "sen2", "SEN2 CSV for the census of " + sen2.year());
        StringBuilder csv = new StringBuilder(Csv.line(
                messages.getMessage("sen2.module", null, locale), messages.getMessage("sen2.item", null, locale),
                messages.getMessage("sen2.code", null, locale), messages.getMessage("sen2.value", null, locale),
                messages.getMessage("sen2.definition", null, locale)));
        for (Sen2Line line : Sen2Figures.publish(sen2, text, locale)) {
            csv.append(Csv.line(line.module(), messages.getMessage("sen2.item." + line.item(), null, locale),
                    line.code() == null ? "" : line.code(), line.value(),
                    messages.getMessage("sen2.definition." + line.item(), null, locale)));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sen2-" + sen2.year() + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv.toString());
    }

    /**
     * The same lines as XML (see {@link Sen2Xml}), streamed as they are written; audited as a download before the
     * first byte.
     */
    @GetMapping(value = "/commissioner/sen2.xml", produces = "application/xml")
    void xml(@RequestParam(required = false) Integer year, Viewer viewer, Locale locale, HttpServletResponse response)
            throws IOException, XMLStreamException {
        Sen2Return sen2 = returns.forYear(offered(year), null);
        List<Sen2Line> lines = Sen2Figures.publish(sen2, text, locale);
        OutputStream file = downloads.start(viewer, response, "application/xml;charset=UTF-8",
                "sen2-" + sen2.year() + ".xml", "sen2-xml", "SEN2 XML for the census of " + sen2.year());
        Sen2Xml.write(file, sen2, lines, laCode, LocalDateTime.now(clock), line -> label(line, locale));
    }

    /** An item's words as the page shows them, with its code's words where it repeats by a code. */
    private String label(Sen2Line line, Locale locale) {
        String item = messages.getMessage("sen2.item." + line.item(), null, locale);
        if (line.code() == null) {
            return item;
        }
        String code = switch (line.module()) {
            case "5b" -> messages.getMessage("settingType." + line.code(), null, line.code(), locale);
            case "5c" -> messages.getMessage("need." + line.code(), null, line.code(), locale);
            default -> line.code();
        };
        return item + messages.getMessage("sen2.codeOf", new Object[] {code}, locale);
    }

    /** The year asked for, or the return being prepared; a year with no return is a page not found. */
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
