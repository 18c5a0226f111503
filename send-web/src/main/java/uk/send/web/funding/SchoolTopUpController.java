package uk.send.web.funding;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
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
import uk.send.funding.topup.ApplicationStatus;
import uk.send.funding.topup.ApplicationView;
import uk.send.funding.topup.FundingRefusal;
import uk.send.funding.topup.NewApplication;
import uk.send.funding.topup.TopUpFunding;
import uk.send.pathway.support.SupportPlanView;
import uk.send.web.funding.FundingForms.ApplicationForm;
import uk.send.web.funding.FundingForms.MoreInformationForm;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;
import uk.send.web.support.Paging;

/**
 * A SENCO's top-up funding: applying from a reviewed cycle whose next step is to apply ({@code
 * /school/plans/{id}/top-up}), the school's applications and their decisions ({@code /school/top-up}), and the more
 * information a panel asked for. {@link TopUpFunding} scopes to the SENCO's setting and audits.
 */
@Controller
class SchoolTopUpController {

    private static final Map<FundingRefusal.Field, String> APPLICATION_FIELDS = Map.of(
            FundingRefusal.Field.EVIDENCE, "evidence", FundingRefusal.Field.BAND, "bandId",
            FundingRefusal.Field.INTENDED_USE, "intendedUse", FundingRefusal.Field.STARTS_ON, "startDay",
            FundingRefusal.Field.ENDS_ON, "endDay", FundingRefusal.Field.REVIEW_ON, "reviewDay");

    private final TopUpFunding funding;

    SchoolTopUpController(TopUpFunding funding) {
        this.funding = funding;
    }

    @GetMapping("/school/top-up")
    String list(Viewer viewer, @RequestParam(defaultValue = "1") int page, Model model) {
        var results = funding.ofSchool(viewer, PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("applications", results.getContent());
        model.addAttribute("paging", Paging.of(results, "/school/top-up"));
        return "pages/funding/school-list";
    }

    @GetMapping("/school/plans/{planId}/top-up")
    String applyPage(@PathVariable long planId, Viewer viewer, Model model) {
        model.addAttribute("applicationForm", ApplicationForm.empty());
        return applyPage(viewer, planId, model);
    }

    private String applyPage(Viewer viewer, long planId, Model model) {
        SupportPlanView plan = funding.cycleToApplyFrom(viewer, planId);
        model.addAttribute("plan", plan);
        model.addAttribute("openApplication", funding.hasOpenApplication(plan.childId()));
        model.addAttribute("bands", funding.activeBands().stream()
                .map(b -> Choice.text(b.id(), b.name() + " – " + b.annualValue().format())).toList());
        return "pages/funding/apply";
    }

    @PostMapping("/school/plans/{planId}/top-up")
    String apply(@PathVariable long planId, @ModelAttribute("applicationForm") ApplicationForm form,
                 BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        FundingFormChecks.required(errors, "evidence", form.evidence(), "funding.error.evidenceRequired");
        FundingFormChecks.required(errors, "bandId", form.bandId(), "funding.error.bandRequired");
        FundingFormChecks.required(errors, "intendedUse", form.intendedUse(), "funding.error.intendedUseRequired");
        Optional<LocalDate> start = FundingFormChecks.date(errors, "startDay", form.startDay(), form.startMonth(),
                form.startYear(), "funding.error.startDate");
        Optional<LocalDate> end = FundingFormChecks.date(errors, "endDay", form.endDay(), form.endMonth(),
                form.endYear(), "funding.error.endDate");
        Optional<LocalDate> review = FundingFormChecks.date(errors, "reviewDay", form.reviewDay(), form.reviewMonth(),
                form.reviewYear(), "funding.error.reviewDate");
        if (!errors.hasErrors()) {
            try {
                long id = funding.apply(viewer, planId, new NewApplication(form.evidence(), form.bandId(),
                        form.intendedUse(), start.orElseThrow(), end.orElseThrow(), review.orElseThrow()));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("funding.notice.applied"));
                return "redirect:/school/top-up/" + id;
            } catch (FundingRefusal refused) {
                FundingFormChecks.reject(errors, refused, APPLICATION_FIELDS, "evidence");
            }
        }
        return applyPage(viewer, planId, model);
    }

    @GetMapping("/school/top-up/{id}")
    String view(@PathVariable long id, Viewer viewer, Model model) {
        ApplicationView application = funding.application(viewer, id);
        model.addAttribute("topUp", application);
        if (!model.containsAttribute("moreInformationForm")) {
            model.addAttribute("moreInformationForm", new MoreInformationForm(null, application.version()));
        }
        return "pages/funding/school-application";
    }

    @PostMapping("/school/top-up/{id}/more-information")
    String moreInformation(@PathVariable long id, @ModelAttribute("moreInformationForm") MoreInformationForm form,
                           BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        if (funding.application(viewer, id).status() != ApplicationStatus.DEFERRED) {
            throw new OptimisticLockingFailureException("The panel is not waiting for more information");
        }
        FundingFormChecks.required(errors, "information", form.information(), "funding.error.informationRequired");
        if (!errors.hasErrors()) {
            try {
                funding.giveMoreInformation(viewer, id, FundingFormChecks.version(form.version()), form.information());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("funding.notice.resubmitted"));
                return "redirect:/school/top-up/" + id;
            } catch (FundingRefusal refused) {
                FundingFormChecks.reject(errors, refused, Map.of(), "information");
            }
        }
        ApplicationView application = funding.application(viewer, id);
        model.addAttribute("topUp", application);
        return "pages/funding/school-application";
    }
}
