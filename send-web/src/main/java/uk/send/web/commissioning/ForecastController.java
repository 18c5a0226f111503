package uk.send.web.commissioning;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.commissioning.forecast.Assumptions;
import uk.send.commissioning.forecast.DemandForecast;
import uk.send.commissioning.forecast.DemandForecasts;
import uk.send.commissioning.forecast.ProjectedYear;
import uk.send.commissioning.forecast.Recorded;
import uk.send.commissioning.forecast.Scenario;
import uk.send.commissioning.forecast.ScenarioDetails;
import uk.send.commissioning.forecast.ScenarioRefusal;
import uk.send.domain.access.Viewer;
import uk.send.domain.files.Csv;
import uk.send.domain.reference.Money;
import uk.send.funding.topup.FinancialYear;
import uk.send.web.charts.Chart;
import uk.send.web.support.Notice;
import uk.send.web.support.Parsed;
import uk.send.web.support.TextInput;
import uk.send.web.support.Downloads;

/**
 * The demand forecast ({@code /commissioner/forecast}): the recorded trend of EHC plans and its published counts
 * ({@link ForecastFigures}), the scenarios chosen ({@code ?s=recorded&s=12}) projected side by side as charts with
 * their tables and as CSV (audited), and the form that creates, changes or copies a named scenario.
 */
@Controller
class ForecastController {

    /** The built-in scenario drawn from the records, chosen as {@code s=recorded}. */
    static final String RECORDED = "recorded";

    /** A scenario as typed: rates and shares in percent, unit costs in pounds; everything kept as typed. */
    record ScenarioForm(@TextInput(max = DemandForecasts.NAME_MAX) String name, @Parsed String growth,
                        @Parsed String ceaseRate, @Parsed String inflation, @Parsed String mainstreamShare,
                        @Parsed String specialShare, @Parsed String inmssShare, @Parsed String mainstreamCost,
                        @Parsed String specialCost, @Parsed String inmssCost, Integer version) {

        static ScenarioForm of(String name, Assumptions a, Integer version) {
            return new ScenarioForm(name, a.newPlanGrowthPercent().toPlainString(), a.ceaseRatePercent().toPlainString(),
                    a.costInflationPercent().toPlainString(), String.valueOf(a.mainstreamShare()),
                    String.valueOf(a.specialShare()), String.valueOf(a.inmssShare()), pounds(a.mainstreamUnitPence()),
                    pounds(a.specialUnitPence()), pounds(a.inmssUnitPence()), version);
        }

        private static String pounds(long pence) {
            return Money.ofPence(pence).toBigDecimal().toPlainString();
        }
    }

    /** A scenario chosen for the comparison and its projection. */
    record Projection(String key, String name, Assumptions assumptions, List<ProjectedYear> years) {

        public List<YearView> views() {
            return years.stream().map(YearView::of).toList();
        }
    }

    /** A scenario in the list of scenarios: the recorded trend (no id) or a stored one. */
    record ScenarioRow(String key, Long id, String name, Assumptions assumptions) {

        public Money mainstreamUnit() {
            return Money.ofPence(assumptions.mainstreamUnitPence());
        }

        public Money specialUnit() {
            return Money.ofPence(assumptions.specialUnitPence());
        }

        public Money inmssUnit() {
            return Money.ofPence(assumptions.inmssUnitPence());
        }
    }

    /** A projected year as the page shows it, money as money. */
    record YearView(String year, long atStart, long newPlans, long ceased, long atEnd, long mainstream, long special,
                    long inmss, Money mainstreamCost, Money specialCost, Money inmssCost, Money total) {

        static YearView of(ProjectedYear y) {
            return new YearView(y.year().label(), y.plansAtStart(), y.newPlans(), y.ceased(), y.plansAtEnd(),
                    y.mainstream(), y.special(), y.inmss(), Money.ofPence(y.mainstreamCostPence()),
                    Money.ofPence(y.specialCostPence()), Money.ofPence(y.inmssCostPence()),
                    Money.ofPence(y.totalCostPence()));
        }
    }

    private final DemandForecasts forecasts;
    private final MessageSource messages;
    private final Downloads downloads;

    ForecastController(DemandForecasts forecasts, MessageSource messages, Downloads downloads) {
        this.downloads = downloads;
        this.forecasts = forecasts;
        this.messages = messages;
    }

    @GetMapping("/commissioner/forecast")
    String page(@RequestParam(name = "s", required = false) List<String> chosen, Viewer viewer, Model model,
                Locale locale) {
        Recorded recorded = forecasts.recorded(viewer);
        List<Scenario> scenarios = forecasts.scenarios(viewer);
        ForecastFigures figures = ForecastFigures.of(recorded);
        List<Projection> projections = publishable(figures, projections(viewer, recorded, scenarios, chosen, locale));
        model.addAttribute("recorded", recorded);
        model.addAttribute("figures", figures);
        model.addAttribute("scenarios", scenarios);
        List<ScenarioRow> rows = new ArrayList<>();
        rows.add(new ScenarioRow(RECORDED, null, text("forecast.recordedTrend", locale), recorded.assumptions()));
        scenarios.forEach(sc -> rows.add(new ScenarioRow(String.valueOf(sc.id()), sc.id(), sc.name(), sc.assumptions())));
        model.addAttribute("rows", rows);
        model.addAttribute("projections", projections);
        model.addAttribute("chosen", projections.stream().map(Projection::key).toList());
        model.addAttribute("recordedKey", RECORDED);
        model.addAttribute("recordedName", text("forecast.recordedTrend", locale));
        model.addAttribute("firstYear", forecasts.baseYear().next());
        model.addAttribute("lastYear", new FinancialYear(
                forecasts.baseYear().startYear() + DemandForecast.YEARS));
        model.addAttribute("costChart", chart(recorded, projections, true));
        model.addAttribute("plansChart", chart(recorded, projections, false));
        return "pages/commissioner/forecast";
    }

    /** The scenarios asked for, in the order asked (the recorded trend and every stored one when none is). */
    private List<Projection> projections(Viewer viewer, Recorded recorded, List<Scenario> scenarios,
                                         List<String> chosen, Locale locale) {
        Set<String> keys = new LinkedHashSet<>();
        if (chosen == null || chosen.isEmpty()) {
            keys.add(RECORDED);
            scenarios.forEach(s -> keys.add(String.valueOf(s.id())));
        } else {
            keys.addAll(chosen);
        }
        List<Projection> projections = new ArrayList<>();
        for (String key : keys) {
            if (key.equals(RECORDED)) {
                projections.add(project(key, text("forecast.recordedTrend", locale), recorded, recorded.assumptions()));
            } else {
                Scenario s = forecasts.scenario(viewer, id(key));
                projections.add(project(key, s.name(), recorded, s.assumptions()));
            }
        }
        return projections;
    }

    /**
     * Every projection starts from the plans in force at the end of the base year: when that count is 1 to 4 it
     * cannot be published, and neither can a projection from it.
     */
    private static List<Projection> publishable(ForecastFigures figures, List<Projection> projections) {
        return figures.inForceTotal().isShown() ? projections : List.of();
    }

    private static Projection project(String key, String name, Recorded recorded, Assumptions a) {
        return new Projection(key, name, a, DemandForecast.project(recorded.trend().baseline(), a, DemandForecast.YEARS));
    }

    /** A scenario's id as written in an address; anything else is a page not found. */
    private static long id(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException notAnId) {
            throw new NoSuchElementException("No such scenario");
        }
    }

    /** The base year as recorded, then each projected year: a line per scenario of its cost or its plans in force. */
    private Chart chart(Recorded recorded, List<Projection> projections, boolean cost) {
        List<String> labels = new ArrayList<>();
        labels.add(recorded.trend().baseline().year().label());
        for (int k = 1; k <= DemandForecast.YEARS; k++) {
            labels.add(new FinancialYear(recorded.trend().baseline().year().startYear() + k).label());
        }
        List<Chart.Series> series = new ArrayList<>();
        for (Projection p : projections) {
            List<Number> values = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            if (cost) {
                Money base = baseCost(recorded, p.assumptions());
                values.add(base.toBigDecimal());
                texts.add(base.format());
                for (ProjectedYear y : p.years()) {
                    values.add(Money.ofPence(y.totalCostPence()).toBigDecimal());
                    texts.add(Money.ofPence(y.totalCostPence()).format());
                }
            } else {
                long base = recorded.trend().baseline().plansInForce();
                values.add(base);
                texts.add(String.valueOf(base));
                for (ProjectedYear y : p.years()) {
                    values.add(y.plansAtEnd());
                    texts.add(String.valueOf(y.plansAtEnd()));
                }
            }
            series.add(new Chart.Series(p.name(), values, texts));
        }
        return new Chart("line", labels, series);
    }

    /** The plans in force at the end of the base year at the scenario's own prices. */
    private static Money baseCost(Recorded recorded, Assumptions a) {
        return Money.ofPence(DemandForecast.baseCostPence(recorded.trend().baseline(), a));
    }

    @GetMapping(value = "/commissioner/forecast.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(name = "s", required = false) List<String> chosen, Viewer viewer,
                               Locale locale) {
        Recorded recorded = forecasts.recorded(viewer);
        List<Projection> projections = publishable(ForecastFigures.of(recorded),
                projections(viewer, recorded, forecasts.scenarios(viewer), chosen, locale));
        StringBuilder csv = new StringBuilder(Csv.line(text("forecast.scenario", locale), text("forecast.year", locale),
                text("forecast.atStart", locale), text("forecast.newPlans", locale), text("forecast.ceased", locale),
                text("forecast.atEnd", locale), text("forecast.mainstream", locale), text("forecast.special", locale),
                text("forecast.inmss", locale), text("forecast.cost.mainstream", locale),
                text("forecast.cost.special", locale), text("forecast.cost.inmss", locale),
                text("forecast.cost.total", locale)));
        for (Projection p : projections) {
            for (ProjectedYear y : p.years()) {
                csv.append(Csv.line(p.name(), y.year().label(), y.plansAtStart(), y.newPlans(), y.ceased(),
                        y.plansAtEnd(), y.mainstream(), y.special(), y.inmss(),
                        Money.ofPence(y.mainstreamCostPence()).toBigDecimal(),
                        Money.ofPence(y.specialCostPence()).toBigDecimal(),
                        Money.ofPence(y.inmssCostPence()).toBigDecimal(),
                        Money.ofPence(y.totalCostPence()).toBigDecimal()));
            }
        }
        csv.append(Csv.line(text("forecast.scenario", locale), text("forecast.growth", locale),
                text("forecast.ceaseRate", locale), text("forecast.inflation", locale),
                text("forecast.mainstreamShare", locale), text("forecast.specialShare", locale),
                text("forecast.inmssShare", locale), text("forecast.mainstreamCost", locale),
                text("forecast.specialCost", locale), text("forecast.inmssCost", locale)));
        for (Projection p : projections) {
            Assumptions a = p.assumptions();
            csv.append(Csv.line(p.name(), a.newPlanGrowthPercent(), a.ceaseRatePercent(), a.costInflationPercent(),
                    a.mainstreamShare(), a.specialShare(), a.inmssShare(),
                    Money.ofPence(a.mainstreamUnitPence()).toBigDecimal(), Money.ofPence(a.specialUnitPence()).toBigDecimal(),
                    Money.ofPence(a.inmssUnitPence()).toBigDecimal()));
        }
        downloads.list(viewer, "demand-forecast",
                "demand forecast CSV: " + String.join(", ", projections.stream().map(Projection::name).toList()));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"demand-forecast-"
                        + forecasts.baseYear().next().startYear() + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString());
    }

    // --- the scenario form: new (or a copy), and changing one

    @GetMapping("/commissioner/forecast/scenarios/new")
    String newScenario(@RequestParam(required = false) String from, Viewer viewer, Model model, Locale locale) {
        from = from == null || from.isBlank() ? null : from;
        Recorded recorded = forecasts.recorded(viewer);
        if (from == null || from.equals(RECORDED)) {
            String name = from == null ? "" : text("forecast.copyOf", locale, text("forecast.recordedTrend", locale));
            model.addAttribute("scenarioForm", recordedForm(name, recorded));
        } else {
            Scenario copied = forecasts.scenario(viewer, id(from));
            model.addAttribute("scenarioForm", ScenarioForm.of(text("forecast.copyOf", locale, copied.name()),
                    copied.assumptions(), null));
        }
        return formPage(null, from, model);
    }

    /** The recorded trend's assumptions to start from, leaving blank any the small-number policy withholds. */
    private static ScenarioForm recordedForm(String name, Recorded recorded) {
        ForecastFigures figures = ForecastFigures.of(recorded);
        ScenarioForm f = ScenarioForm.of(name, recorded.assumptions(), null);
        return new ScenarioForm(f.name(), figures.growthShown() ? f.growth() : "",
                figures.ceaseRateShown() ? f.ceaseRate() : "", f.inflation(),
                figures.sharesShown() ? f.mainstreamShare() : "", figures.sharesShown() ? f.specialShare() : "",
                figures.sharesShown() ? f.inmssShare() : "", f.mainstreamCost(), f.specialCost(),
                figures.inmssCostShown() ? f.inmssCost() : "", null);
    }

    /** The name of the scenario copied from: the recorded trend, or a stored one (an unknown id is not found). */
    private String copiedName(Viewer viewer, String from, Locale locale) {
        return from.equals(RECORDED) ? text("forecast.recordedTrend", locale) : forecasts.scenario(viewer, id(from)).name();
    }

    private String formPage(Scenario scenario, String from, Model model) {
        model.addAttribute("scenario", scenario);
        model.addAttribute("lastChanged", scenario == null ? null
                : scenario.updatedAt().atZone(java.time.ZoneId.of("Europe/London")).toLocalDateTime());
        model.addAttribute("from", from);
        return "pages/commissioner/forecast-scenario";
    }

    @PostMapping("/commissioner/forecast/scenarios/new")
    String create(@RequestParam(required = false) String from, @ModelAttribute("scenarioForm") ScenarioForm form,
                  BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect, Locale locale) {
        from = from == null || from.isBlank() ? null : from;
        String copiedFrom = from == null ? null : copiedName(viewer, from, locale);
        Assumptions a = assumptions(form, errors);
        if (!errors.hasErrors()) {
            try {
                long id = forecasts.create(viewer, new ScenarioDetails(form.name(), a), copiedFrom);
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("forecast.notice.saved", form.name().strip()));
                return "redirect:/commissioner/forecast?s=" + RECORDED + "&s=" + id;
            } catch (ScenarioRefusal refused) {
                errors.rejectValue("name", refused.key());
            }
        }
        return formPage(null, from, model);
    }

    @GetMapping("/commissioner/forecast/scenarios/{id}")
    String edit(@PathVariable long id, Viewer viewer, Model model) {
        Scenario scenario = forecasts.scenario(viewer, id);
        model.addAttribute("scenarioForm", ScenarioForm.of(scenario.name(), scenario.assumptions(), scenario.version()));
        return formPage(scenario, null, model);
    }

    @PostMapping("/commissioner/forecast/scenarios/{id}")
    String change(@PathVariable long id, @ModelAttribute("scenarioForm") ScenarioForm form, BindingResult errors,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        Scenario scenario = forecasts.scenario(viewer, id);
        if (form.version() == null) {
            throw new org.springframework.dao.OptimisticLockingFailureException("The page carries no version");
        }
        Assumptions a = assumptions(form, errors);
        if (!errors.hasErrors()) {
            try {
                forecasts.change(viewer, id, form.version(), new ScenarioDetails(form.name(), a));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("forecast.notice.saved", form.name().strip()));
                return "redirect:/commissioner/forecast?s=" + RECORDED + "&s=" + id;
            } catch (ScenarioRefusal refused) {
                errors.rejectValue("name", refused.key());
            }
        }
        return formPage(scenario, null, model);
    }

    /** The assumptions typed, each wrong one a field error; null when any is wrong. */
    static Assumptions assumptions(ScenarioForm form, Errors errors) {
        if ((form.name() == null || form.name().isBlank()) && !errors.hasFieldErrors("name")) {
            errors.rejectValue("name", "forecast.error.name");
        }
        BigDecimal growth = rate(errors, "growth", form.growth(), Assumptions.GROWTH_MIN, Assumptions.GROWTH_MAX);
        BigDecimal cease = rate(errors, "ceaseRate", form.ceaseRate(), BigDecimal.ZERO, Assumptions.CEASE_MAX);
        BigDecimal inflation = rate(errors, "inflation", form.inflation(), Assumptions.INFLATION_MIN,
                Assumptions.INFLATION_MAX);
        Integer mainstream = share(errors, "mainstreamShare", form.mainstreamShare());
        Integer special = share(errors, "specialShare", form.specialShare());
        Integer inmss = share(errors, "inmssShare", form.inmssShare());
        if (mainstream != null && special != null && inmss != null && mainstream + special + inmss != 100) {
            errors.rejectValue("mainstreamShare", "forecast.error.sharesSum", new Object[] {mainstream + special + inmss},
                    null);
        }
        Long mainstreamCost = cost(errors, "mainstreamCost", form.mainstreamCost());
        Long specialCost = cost(errors, "specialCost", form.specialCost());
        Long inmssCost = cost(errors, "inmssCost", form.inmssCost());
        if (errors.hasErrors()) {
            return null;
        }
        return new Assumptions(growth, cease, inflation, mainstream, special, inmss, mainstreamCost, specialCost,
                inmssCost);
    }

    /** A percentage ("2.5", "-3", "4.0%") within its range, to at most one decimal place. */
    private static BigDecimal rate(Errors errors, String field, String typed, BigDecimal min, BigDecimal max) {
        BigDecimal value = null;
        try {
            String plain = typed == null ? "" : typed.strip().replaceFirst("%$", "").strip();
            if (!plain.isEmpty() && plain.length() <= 8) {
                value = new BigDecimal(plain);
            }
        } catch (NumberFormatException notANumber) {
            value = null;
        }
        if (value == null || value.stripTrailingZeros().scale() > 1 || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "forecast.error." + field, new Object[] {min, max}, null);
            }
            return null;
        }
        return value.setScale(1);
    }

    /** A whole percentage from 0 to 100 ("60", "60%"). */
    private static Integer share(Errors errors, String field, String typed) {
        String plain = typed == null ? "" : typed.strip().replaceFirst("%$", "").strip();
        if (plain.matches("\\d{1,3}") && Integer.parseInt(plain) <= 100) {
            return Integer.parseInt(plain);
        }
        if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "forecast.error.share");
        }
        return null;
    }

    /** A year's cost of one plan in pounds ("8000", "£8,000.50"), from nought to £1,000,000. */
    private static Long cost(Errors errors, String field, String typed) {
        Long pence = HighNeedsController.pence(typed);
        if (pence == null || pence > Assumptions.MAX_UNIT_PENCE) {
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "forecast.error.cost",
                        new Object[] {Money.ofPence(Assumptions.MAX_UNIT_PENCE).format()}, null);
            }
            return null;
        }
        return pence;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
