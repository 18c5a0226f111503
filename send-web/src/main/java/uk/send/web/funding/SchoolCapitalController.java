package uk.send.web.funding;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
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
import uk.send.funding.capital.CapitalApplicationView;
import uk.send.funding.capital.CapitalGrants;
import uk.send.funding.capital.CapitalPurpose;
import uk.send.funding.capital.NewCapitalApplication;
import uk.send.funding.topup.ApplicationStatus;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.FundingRefusal;
import uk.send.web.funding.FundingForms.CapitalForm;
import uk.send.web.funding.FundingForms.MoreInformationForm;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;
import uk.send.web.support.Paging;

/**
 * A SENCO's capital grants ({@code /school/capital}): the school's applications and their outcomes, applying for a
 * grant (access arrangements or "mainstream plus" provision, for this financial year or next), and the more
 * information a panel asked for. {@link CapitalGrants} scopes to the SENCO's setting and audits.
 */
@Controller
class SchoolCapitalController {

    private static final Map<FundingRefusal.Field, String> FIELDS = Map.of(
            FundingRefusal.Field.PURPOSE, "purpose", FundingRefusal.Field.TITLE, "title",
            FundingRefusal.Field.WHAT_IT_BUYS, "whatItBuys", FundingRefusal.Field.WHO_IT_SERVES, "whoItServes",
            FundingRefusal.Field.PUPILS, "pupilsServed", FundingRefusal.Field.AMOUNT, "amount",
            FundingRefusal.Field.YEAR, "year");

    private final CapitalGrants grants;

    SchoolCapitalController(CapitalGrants grants) {
        this.grants = grants;
    }

    @GetMapping("/school/capital")
    String list(Viewer viewer, @RequestParam(defaultValue = "1") int page, Model model) {
        var results = grants.ofSchool(viewer, PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("applications", results.getContent());
        model.addAttribute("paging", Paging.of(results, "/school/capital"));
        return "pages/funding/school-capital-list";
    }

    @GetMapping("/school/capital/new")
    String applyPage(Viewer viewer, Model model) {
        model.addAttribute("capitalForm", CapitalForm.empty());
        return applyPage(model);
    }

    private String applyPage(Model model) {
        model.addAttribute("purposes", Choice.of(CapitalPurpose.class, "capital.purpose"));
        model.addAttribute("years", years());
        return "pages/funding/school-capital-apply";
    }

    private List<Choice> years() {
        return grants.yearsToApplyFor().stream().map(y -> Choice.text(y.startYear(), y.label())).toList();
    }

    @PostMapping("/school/capital/new")
    String apply(@ModelAttribute("capitalForm") CapitalForm form, BindingResult errors, Viewer viewer, Model model,
                 RedirectAttributes redirect) {
        FundingFormChecks.required(errors, "purpose", form.purpose(), "capital.error.purposeRequired");
        FundingFormChecks.required(errors, "title", form.title(), "capital.error.titleRequired");
        FundingFormChecks.required(errors, "whatItBuys", form.whatItBuys(), "capital.error.whatItBuysRequired");
        FundingFormChecks.required(errors, "whoItServes", form.whoItServes(), "capital.error.whoItServesRequired");
        Integer pupils = FundingFormChecks.count(errors, "pupilsServed", form.pupilsServed(), 1,
                CapitalGrants.MAX_PUPILS, "capital.error.pupils");
        Long pence = FundingFormChecks.pence(errors, "amount", form.amount(), CapitalGrants.MAX_GRANT_PENCE, false,
                "capital.error.amount");
        FundingFormChecks.required(errors, "year", form.year(), "capital.error.yearRequired");
        if (!errors.hasErrors()) {
            try {
                long id = grants.apply(viewer, new NewCapitalApplication(form.purpose(), form.title(),
                        form.whatItBuys(), form.whoItServes(), pupils, pence, year(form.year())));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("capital.notice.applied"));
                return "redirect:/school/capital/" + id;
            } catch (FundingRefusal refused) {
                FundingFormChecks.reject(errors, refused, FIELDS, "title");
            }
        }
        return applyPage(model);
    }

    private static FinancialYear year(int year) {
        try {
            return new FinancialYear(year);
        } catch (IllegalArgumentException outOfRange) {
            throw new FundingRefusal(FundingRefusal.Field.YEAR, "capital.error.yearRequired", "No such year");
        }
    }

    @GetMapping("/school/capital/{id}")
    String application(@PathVariable long id, Viewer viewer, Model model) {
        CapitalApplicationView a = grants.application(viewer, id);
        model.addAttribute("moreInformationForm", new MoreInformationForm(null, a.version()));
        return applicationPage(a, model);
    }

    private static String applicationPage(CapitalApplicationView a, Model model) {
        model.addAttribute("capital", a);
        return "pages/funding/school-capital";
    }

    @PostMapping("/school/capital/{id}/more-information")
    String moreInformation(@PathVariable long id, @ModelAttribute("moreInformationForm") MoreInformationForm form,
                           BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        CapitalApplicationView a = grants.application(viewer, id);
        if (a.status() != ApplicationStatus.DEFERRED) {
            throw new org.springframework.dao.OptimisticLockingFailureException("Not deferred any more");
        }
        FundingFormChecks.required(errors, "information", form.information(), "funding.error.informationRequired");
        if (!errors.hasErrors()) {
            try {
                grants.giveMoreInformation(viewer, id, FundingFormChecks.version(form.version()), form.information());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("funding.notice.resubmitted"));
                return "redirect:/school/capital/" + id;
            } catch (FundingRefusal refused) {
                FundingFormChecks.reject(errors, refused, Map.of(), "information");
            }
        }
        return applicationPage(a, model);
    }
}
