package uk.send.web.commissioning;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.commissioning.highneeds.HighNeeds;
import uk.send.commissioning.highneeds.HighNeedsCategory;
import uk.send.commissioning.highneeds.HighNeedsPosition;
import uk.send.domain.access.Viewer;
import uk.send.domain.files.Csv;
import uk.send.domain.reference.Money;
import uk.send.funding.topup.FinancialYear;
import uk.send.web.charts.Chart;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;
import uk.send.web.support.Parsed;
import uk.send.web.support.Downloads;

/**
 * The high-needs budget for a financial year ({@code /commissioner/high-needs?year=2026}): the commissioner's budget
 * line per category against the spend the service's records commit and forecast, the in-year variance and the
 * cumulative deficit, the committed spend by footprint, the same as CSV, and the form that sets a budget line.
 * Money only: no count of children is shown, so there is nothing to suppress.
 */
@Controller
class HighNeedsController {

    /** One budget line: the category and the amount in pounds. */
    record BudgetLineForm(HighNeedsCategory category, @Parsed String amount) {
    }

    private final HighNeeds highNeeds;
    private final MessageSource messages;
    private final Downloads downloads;

    HighNeedsController(HighNeeds highNeeds, MessageSource messages, Downloads downloads) {
        this.downloads = downloads;
        this.highNeeds = highNeeds;
        this.messages = messages;
    }

    @GetMapping("/commissioner/high-needs")
    String page(@RequestParam(required = false) Integer year, Viewer viewer, Model model) {
        model.addAttribute("budgetLineForm", new BudgetLineForm(null, null));
        return page(viewer, offered(year), model);
    }

    private String page(Viewer viewer, FinancialYear year, Model model) {
        HighNeedsPosition position = highNeeds.position(viewer, year);
        model.addAttribute("position", position);
        model.addAttribute("budgetChart", budgetChart(position));
        model.addAttribute("years", highNeeds.years());
        model.addAttribute("categoryChoices", Choice.of(HighNeedsCategory.class, "highNeeds.category"));
        return "pages/commissioner/high-needs";
    }

    /** Budget against forecast by category, in pounds, as bars. */
    private Chart budgetChart(HighNeedsPosition position) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        List<HighNeedsPosition.Line> lines = position.lines();
        List<Money> budgets = lines.stream().map(l -> l.budget() == null ? Money.ZERO : l.budget()).toList();
        List<Money> forecasts = lines.stream().map(HighNeedsPosition.Line::forecast).toList();
        return new Chart("bar", lines.stream().map(l -> text("highNeeds.category." + l.category().name(), locale)).toList(),
                List.of(new Chart.Series(text("highNeeds.budget", locale), budgets.stream().map(Money::toBigDecimal).toList(),
                                budgets.stream().map(Money::format).toList()),
                        new Chart.Series(text("highNeeds.forecast", locale), forecasts.stream().map(Money::toBigDecimal).toList(),
                                forecasts.stream().map(Money::format).toList())));
    }

    @PostMapping("/commissioner/high-needs")
    String setLine(@RequestParam(required = false) Integer year, @ModelAttribute("budgetLineForm") BudgetLineForm form,
                   BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        FinancialYear fy = offered(year);
        if (form.category() == null && !errors.hasFieldErrors("category")) {
            errors.rejectValue("category", "highNeeds.error.category");
        }
        Long pence = pence(form.amount());
        if (pence == null && !errors.hasFieldErrors("amount")) {
            errors.rejectValue("amount", "highNeeds.error.amount", new Object[] {Money.ofPence(HighNeeds.MAX_BUDGET_PENCE).format()},
                    null);
        }
        if (errors.hasErrors()) {
            return page(viewer, fy, model);
        }
        highNeeds.setBudget(viewer, fy, form.category(), pence);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("highNeeds.notice.set",
                messages.getMessage("highNeeds.category." + form.category().name(), null, Locale.UK), fy.label()));
        return "redirect:/commissioner/high-needs?year=" + fy.startYear();
    }

    /** Pounds and pence (6000, £6,000.50), from nought to the most a line may hold; null when not. */
    static Long pence(String text) {
        try {
            String plain = text == null ? "" : text.strip().replaceFirst("^£", "").replace(",", "");
            if (plain.isEmpty() || plain.length() > 16) {
                return null;
            }
            Money money = Money.ofPounds(plain);
            return money.isNegative() || money.pence() > HighNeeds.MAX_BUDGET_PENCE ? null : money.pence();
        } catch (RuntimeException notMoney) {
            return null;
        }
    }

    @GetMapping(value = "/commissioner/high-needs.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) Integer year, Viewer viewer, Locale locale) {
        HighNeedsPosition position = highNeeds.position(viewer, offered(year));
        downloads.list(viewer, "high-needs", "high needs block " + position.year().label());
        StringBuilder csv = new StringBuilder(Csv.line(text("highNeeds.csv.section", locale),
                text("highNeeds.category", locale), text("highNeeds.budget", locale), text("highNeeds.committed", locale),
                text("highNeeds.forecast", locale), text("highNeeds.variance", locale)));
        String byCategory = text("highNeeds.byCategory", locale);
        for (HighNeedsPosition.Line line : position.lines()) {
            csv.append(Csv.line(byCategory, text("highNeeds.category." + line.category().name(), locale),
                    pounds(line.budget()), pounds(line.committed()), pounds(line.forecast()), pounds(line.variance())));
        }
        HighNeedsPosition.Line t = position.total();
        csv.append(Csv.line(byCategory, text("stats.total", locale), pounds(t.budget()), pounds(t.committed()),
                pounds(t.forecast()), pounds(t.variance())));
        csv.append(Csv.line(text("highNeeds.cumulativeDeficit", locale), "", "", "", pounds(position.cumulativeDeficit()), ""));
        csv.append(Csv.line(text("highNeeds.csv.section", locale), text("stats.footprint", locale),
                text("highNeeds.category.MAINSTREAM_TOP_UP_WITHOUT_PLANS", locale),
                text("highNeeds.category.RESOURCE_BASES", locale), text("highNeeds.category.INMSS", locale),
                text("stats.total", locale)));
        String byFootprint = text("highNeeds.byFootprint", locale);
        for (HighNeedsPosition.FootprintLine f : position.byFootprint()) {
            csv.append(Csv.line(byFootprint, f.footprintName(), pounds(f.topUps()), pounds(f.resourceBases()),
                    pounds(f.inmss()), pounds(f.total())));
        }
        HighNeedsPosition.FootprintLine ft = position.footprintTotal();
        csv.append(Csv.line(byFootprint, text("stats.total", locale), pounds(ft.topUps()), pounds(ft.resourceBases()),
                pounds(ft.inmss()), pounds(ft.total())));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"high-needs-" + position.year().startYear() + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString());
    }

    /** Pounds with pence as a bare number for a spreadsheet (-1234.50); empty when there is none. */
    private static Object pounds(Money money) {
        return money == null ? "" : money.toBigDecimal();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** The year asked for, or the current one; a year not offered is a page not found. */
    private FinancialYear offered(Integer year) {
        if (year == null) {
            return highNeeds.currentYear();
        }
        return highNeeds.years().stream().filter(y -> y.startYear() == year).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No such financial year"));
    }
}
