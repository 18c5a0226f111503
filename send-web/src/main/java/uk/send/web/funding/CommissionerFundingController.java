package uk.send.web.funding;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

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
import uk.send.funding.topup.BandView;
import uk.send.funding.topup.BudgetPosition;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.FundingRefusal;
import uk.send.funding.topup.FundingSettings;
import uk.send.web.funding.FundingForms.BandForm;
import uk.send.web.funding.FundingForms.BudgetForm;
import uk.send.web.support.Notice;

/**
 * The commissioner's funding settings ({@code /commissioner/funding}): every footprint's top-up budget side by side
 * for a financial year (set per footprint and year), and the council's bands with their annual values (a new value
 * applies to new awards only). Commissioners plan the high-needs block; the panel that spends a budget does not set it.
 */
@Controller
class CommissionerFundingController {

    private static final Map<FundingRefusal.Field, String> BAND_FIELDS = Map.of(
            FundingRefusal.Field.NAME, "name", FundingRefusal.Field.AMOUNT, "annualValue");

    private final FundingSettings settings;
    private final ReferenceData reference;

    CommissionerFundingController(FundingSettings settings, ReferenceData reference) {
        this.settings = settings;
        this.reference = reference;
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
