package uk.send.web.commissioning;

import java.util.Locale;
import java.util.NoSuchElementException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.domain.files.Csv;
import uk.send.commissioning.returns.Sen2Line;
import uk.send.commissioning.returns.Sen2Return;
import uk.send.commissioning.returns.Sen2Returns;

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

    Sen2Controller(Sen2Returns returns, MessageSource messages, FigureText text) {
        this.returns = returns;
        this.messages = messages;
        this.text = text;
    }

    @GetMapping("/commissioner/sen2")
    String sen2(@RequestParam(required = false) Integer year, Model model, Locale locale) {
        Sen2Return sen2 = returns.forYear(offered(year), null);
        model.addAttribute("sen2", sen2);
        model.addAttribute("lines", Sen2Figures.publish(sen2, text, locale));
        model.addAttribute("years", returns.years());
        return "pages/commissioner/sen2";
    }

    @GetMapping(value = "/commissioner/sen2.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) Integer year, Locale locale) {
        Sen2Return sen2 = returns.forYear(offered(year), null);
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
