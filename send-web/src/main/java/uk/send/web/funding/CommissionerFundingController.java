package uk.send.web.funding;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.domain.access.Viewer;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Money;
import uk.send.domain.reference.ReferenceData;
import uk.send.funding.capital.CapitalGrants;
import uk.send.funding.outreach.Outreach;
import uk.send.funding.outreach.QuotaPosition;
import uk.send.funding.position.FootprintFunding;
import uk.send.funding.position.FootprintPosition;
import uk.send.funding.topup.BandView;
import uk.send.funding.topup.BudgetPosition;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.FundingRefusal;
import uk.send.funding.topup.FundingSettings;
import uk.send.web.funding.FundingForms.BandForm;
import uk.send.web.funding.FundingForms.BudgetForm;
import uk.send.web.funding.FundingForms.QuotaForm;
import uk.send.web.support.Notice;
import uk.send.web.support.ListCsv;

/**
 * The commissioner's funding settings ({@code /commissioner/funding}): every footprint's top-up and capital budgets
 * and outreach quota side by side for a financial year (set per footprint and year), each as a table and as grouped
 * bars a footprint with the table of the chart's figures, the same as CSV, and the council's bands with their annual values (a new value
 * applies to new awards only). Commissioners plan the high-needs block; the panel that spends a budget does not set it.
 */
@Controller
class CommissionerFundingController {

    private static final Map<FundingRefusal.Field, String> BAND_FIELDS = Map.of(
            FundingRefusal.Field.NAME, "name", FundingRefusal.Field.AMOUNT, "annualValue");

    private final FundingSettings settings;
    private final CapitalGrants capital;
    private final Outreach outreach;
    private final FootprintFunding footprints;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final ListCsv listCsv;

    CommissionerFundingController(FundingSettings settings, CapitalGrants capital, Outreach outreach,
                                  FootprintFunding footprints, ReferenceData reference, MessageSource messages, ListCsv listCsv) {
        this.listCsv = listCsv;
        this.settings = settings;
        this.capital = capital;
        this.outreach = outreach;
        this.footprints = footprints;
        this.reference = reference;
        this.messages = messages;
    }

    private static FinancialYear year(Integer year, FundingSettings settings) {
        try {
            return year == null ? settings.currentYear() : new FinancialYear(year);
        } catch (IllegalArgumentException outOfRange) {
            throw new NoSuchElementException("No such financial year");
        }
    }

    @GetMapping("/commissioner/funding")
    String home(Viewer viewer, @RequestParam(required = false) Integer year, Model model) {
        FinancialYear fy = year(year, settings);
        var positions = settings.budgets(viewer, fy);
        model.addAttribute("year", fy);
        model.addAttribute("previousYear", fy.startYear() > 2000 ? fy.startYear() - 1 : null);
        model.addAttribute("nextYear", fy.startYear() < 2100 ? fy.startYear() + 1 : null);
        model.addAttribute("positions", positions);
        model.addAttribute("totals", totals(fy, positions));
        var capitals = capital.allBudgets(viewer, fy);
        model.addAttribute("capitals", capitals);
        model.addAttribute("capitalTotals", totals(fy, capitals));
        var quotas = outreach.allQuotas(viewer, fy);
        model.addAttribute("quotas", quotas);
        model.addAttribute("quotaTotals", new QuotaPosition(0, "", fy, true,
                quotas.stream().mapToInt(QuotaPosition::quota).sum(),
                quotas.stream().mapToInt(QuotaPosition::committed).sum(),
                quotas.stream().mapToInt(QuotaPosition::delivered).sum(),
                quotas.stream().mapToInt(QuotaPosition::remaining).sum()));
        UnaryOperator<String> label = key -> messages.getMessage(key, null, LocaleContextHolder.getLocale());
        model.addAttribute("topUpChart", FundingCharts.byFootprint(positions, label));
        model.addAttribute("capitalChart", FundingCharts.byFootprint(capitals, label));
        model.addAttribute("outreachChart", FundingCharts.sessionsByFootprint(quotas, label));
        model.addAttribute("bands", settings.bands(viewer));
        return "pages/funding/commissioner";
    }

    private static BudgetPosition totals(FinancialYear year, List<BudgetPosition> positions) {
        return new BudgetPosition(0, "", year, true, sum(positions, BudgetPosition::budget),
                sum(positions, BudgetPosition::committed), sum(positions, BudgetPosition::spent),
                sum(positions, BudgetPosition::remaining));
    }

    private static Money sum(List<BudgetPosition> positions, Function<BudgetPosition, Money> figure) {
        return Money.sum(positions.stream().map(figure).toList());
    }

    @GetMapping("/commissioner/funding/budgets/{footprintId}/{year}")
    String budgetPage(@PathVariable long footprintId, @PathVariable int year, Viewer viewer, Model model) {
        FinancialYear fy = year(year, settings);
        BudgetPosition position = position(viewer, footprintId, fy);
        model.addAttribute("budgetForm", new BudgetForm(position.set() ? position.budget().toBigDecimal().toPlainString() : null));
        return budgetPage(position, model);
    }

    private BudgetPosition position(Viewer viewer, long footprintId, FinancialYear fy) {
        FootprintView footprint = reference.footprintView(footprintId);
        return settings.budgets(viewer, fy).stream().filter(p -> p.footprintId() == footprint.id()).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No such footprint"));
    }

    private static String budgetPage(BudgetPosition position, Model model) {
        model.addAttribute("position", position);
        return "pages/funding/commissioner-budget";
    }

    @PostMapping("/commissioner/funding/budgets/{footprintId}/{year}")
    String setBudget(@PathVariable long footprintId, @PathVariable int year, @ModelAttribute("budgetForm") BudgetForm form,
                     BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        FinancialYear fy = year(year, settings);
        BudgetPosition position = position(viewer, footprintId, fy);
        Long pence = FundingFormChecks.pence(errors, "amount", form.amount(), FundingSettings.MAX_BUDGET_PENCE, true,
                "funding.error.budgetAmount");
        if (!errors.hasErrors()) {
            try {
                settings.setBudget(viewer, footprintId, fy, pence);
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("funding.notice.budgetSet", position.footprintName(),
                        fy.label()));
                return "redirect:/commissioner/funding?year=" + fy.startYear();
            } catch (FundingRefusal refused) {
                FundingFormChecks.reject(errors, refused, Map.of(), "amount");
            }
        }
        return budgetPage(position, model);
    }

    @GetMapping("/commissioner/funding/capital/{footprintId}/{year}")
    String capitalPage(@PathVariable long footprintId, @PathVariable int year, Viewer viewer, Model model) {
        FinancialYear fy = year(year, settings);
        BudgetPosition position = capitalPosition(viewer, footprintId, fy);
        model.addAttribute("budgetForm", new BudgetForm(position.set() ? position.budget().toBigDecimal().toPlainString() : null));
        model.addAttribute("position", position);
        return "pages/funding/commissioner-capital";
    }

    private BudgetPosition capitalPosition(Viewer viewer, long footprintId, FinancialYear fy) {
        FootprintView footprint = reference.footprintView(footprintId);
        return capital.allBudgets(viewer, fy).stream().filter(p -> p.footprintId() == footprint.id()).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No such footprint"));
    }

    @PostMapping("/commissioner/funding/capital/{footprintId}/{year}")
    String setCapital(@PathVariable long footprintId, @PathVariable int year, @ModelAttribute("budgetForm") BudgetForm form,
                      BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        FinancialYear fy = year(year, settings);
        BudgetPosition position = capitalPosition(viewer, footprintId, fy);
        Long pence = FundingFormChecks.pence(errors, "amount", form.amount(), CapitalGrants.MAX_BUDGET_PENCE, true,
                "funding.error.budgetAmount");
        if (!errors.hasErrors()) {
            try {
                capital.setBudget(viewer, footprintId, fy, pence);
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("capital.notice.budgetSet",
                        position.footprintName(), fy.label()));
                return "redirect:/commissioner/funding?year=" + fy.startYear() + "#capital";
            } catch (FundingRefusal refused) {
                FundingFormChecks.reject(errors, refused, Map.of(), "amount");
            }
        }
        model.addAttribute("position", position);
        return "pages/funding/commissioner-capital";
    }

    @GetMapping("/commissioner/funding/outreach/{footprintId}/{year}")
    String quotaPage(@PathVariable long footprintId, @PathVariable int year, Viewer viewer, Model model) {
        FinancialYear fy = year(year, settings);
        QuotaPosition position = quotaPosition(viewer, footprintId, fy);
        model.addAttribute("quotaForm", new QuotaForm(position.set() ? String.valueOf(position.quota()) : null));
        model.addAttribute("position", position);
        return "pages/funding/commissioner-quota";
    }

    private QuotaPosition quotaPosition(Viewer viewer, long footprintId, FinancialYear fy) {
        FootprintView footprint = reference.footprintView(footprintId);
        return outreach.allQuotas(viewer, fy).stream().filter(p -> p.footprintId() == footprint.id()).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No such footprint"));
    }

    @PostMapping("/commissioner/funding/outreach/{footprintId}/{year}")
    String setQuota(@PathVariable long footprintId, @PathVariable int year, @ModelAttribute("quotaForm") QuotaForm form,
                    BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        FinancialYear fy = year(year, settings);
        QuotaPosition position = quotaPosition(viewer, footprintId, fy);
        Integer sessions = FundingFormChecks.count(errors, "sessions", form.sessions(), 0, Outreach.MAX_QUOTA,
                "outreach.error.quota");
        if (!errors.hasErrors()) {
            try {
                outreach.setQuota(viewer, footprintId, fy, sessions);
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("outreach.notice.quotaSet",
                        position.footprintName(), fy.label()));
                return "redirect:/commissioner/funding?year=" + fy.startYear() + "#outreach";
            } catch (FundingRefusal refused) {
                FundingFormChecks.reject(errors, refused, Map.of(), "sessions");
            }
        }
        model.addAttribute("position", position);
        return "pages/funding/commissioner-quota";
    }

    /** Every footprint's top-up, capital and outreach position in the year, with the screen's labels; audited. */
    @GetMapping(value = "/commissioner/funding.csv", produces = "text/csv")
    void csv(Viewer viewer, @RequestParam(required = false) Integer year, HttpServletResponse response)
            throws IOException {
        FinancialYear fy = year(year, settings);
        List<FootprintPosition> rows = footprints.positions(viewer, fy);
        Writer out = listCsv.start(viewer, response, "footprint-funding", "footprint funding " + fy.label(),
                "footprint-funding-" + fy.startYear() + ".csv");
        out.write(FootprintFundingCsv.header(key -> messages.getMessage(key, null, Locale.UK)));
        for (FootprintPosition row : rows) {
            out.write(FootprintFundingCsv.line(row));
        }
        out.flush();
    }

    @GetMapping("/commissioner/funding/bands/new")
    String newBand(Viewer viewer, Model model) {
        settings.bands(viewer);
        model.addAttribute("bandForm", new BandForm(null, null, null, true, 0));
        model.addAttribute("band", null);
        return "pages/funding/commissioner-band";
    }

    @PostMapping("/commissioner/funding/bands/new")
    String addBand(@ModelAttribute("bandForm") BandForm form, BindingResult errors, Viewer viewer, Model model,
                   RedirectAttributes redirect) {
        Long pence = checkBand(form, errors);
        if (!errors.hasErrors()) {
            try {
                settings.addBand(viewer, form.name(), form.description(), pence);
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("funding.notice.bandSaved", form.name().strip()));
                return "redirect:/commissioner/funding#bands";
            } catch (FundingRefusal refused) {
                FundingFormChecks.reject(errors, refused, BAND_FIELDS, "name");
            }
        }
        model.addAttribute("band", null);
        return "pages/funding/commissioner-band";
    }

    private static Long checkBand(BandForm form, BindingResult errors) {
        FundingFormChecks.required(errors, "name", form.name(), "funding.error.bandNameRequired");
        return FundingFormChecks.pence(errors, "annualValue", form.annualValue(), FundingSettings.MAX_BAND_PENCE, false,
                "funding.error.bandValue");
    }

    @GetMapping("/commissioner/funding/bands/{id}")
    String bandPage(@PathVariable long id, Viewer viewer, Model model) {
        BandView band = settings.band(viewer, id);
        model.addAttribute("bandForm", new BandForm(band.name(), band.description(),
                band.annualValue().toBigDecimal().toPlainString(), band.active(), band.version()));
        model.addAttribute("band", band);
        return "pages/funding/commissioner-band";
    }

    @PostMapping("/commissioner/funding/bands/{id}")
    String changeBand(@PathVariable long id, @ModelAttribute("bandForm") BandForm form, BindingResult errors,
                      Viewer viewer, Model model, RedirectAttributes redirect) {
        BandView band = settings.band(viewer, id);
        Long pence = checkBand(form, errors);
        if (!errors.hasErrors()) {
            try {
                settings.changeBand(viewer, id, FundingFormChecks.version(form.version()), form.name(),
                        form.description(), pence, Boolean.TRUE.equals(form.active()));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("funding.notice.bandSaved", form.name().strip()));
                return "redirect:/commissioner/funding#bands";
            } catch (FundingRefusal refused) {
                FundingFormChecks.reject(errors, refused, BAND_FIELDS, "name");
            }
        }
        model.addAttribute("band", band);
        return "pages/funding/commissioner-band";
    }
}
