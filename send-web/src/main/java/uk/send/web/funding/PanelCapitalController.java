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
import uk.send.funding.capital.CapitalApplicationView;
import uk.send.funding.capital.CapitalDecision;
import uk.send.funding.capital.CapitalGrants;
import uk.send.funding.topup.ApplicationStatus;
import uk.send.funding.topup.Decision;
import uk.send.funding.topup.FundingRefusal;
import uk.send.web.funding.FundingForms.CapitalDecisionForm;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;
import uk.send.web.support.Paging;

/**
 * The funding panel's capital grants: an application and the decision on it ({@code /panel/capital/{id}}), with the
 * footprint's capital budget for the year beside the form (approve, decline with reasons, defer for more
 * information), the applications awaiting a decision ({@code /panel/capital}) and the decisions made
 * ({@code /panel/capital/decisions}). {@link CapitalGrants} scopes to the
 * member's footprints and audits; the pages describe the cohort a grant serves and never name a child.
 */
@Controller
class PanelCapitalController {

    private static final Map<FundingRefusal.Field, String> FIELDS = Map.of(
            FundingRefusal.Field.PAID_ON, "paidDay", FundingRefusal.Field.NOTE, "note");

    private final CapitalGrants grants;

    PanelCapitalController(CapitalGrants grants) {
        this.grants = grants;
    }

    @GetMapping("/panel/capital")
    String queue(Viewer viewer, @RequestParam(defaultValue = "1") int page, Model model) {
        var results = grants.queue(viewer, PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("applications", results.getContent());
        model.addAttribute("paging", Paging.of(results, "/panel/capital"));
        model.addAttribute("decided", false);
        return "pages/funding/panel-capital-list";
    }

    @GetMapping("/panel/capital/decisions")
    String decisions(Viewer viewer, @RequestParam(defaultValue = "1") int page, Model model) {
        var results = grants.decisions(viewer, PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("applications", results.getContent());
        model.addAttribute("paging", Paging.of(results, "/panel/capital/decisions"));
        model.addAttribute("decided", true);
        return "pages/funding/panel-capital-list";
    }

    @GetMapping("/panel/capital/{id}")
    String application(@PathVariable long id, Viewer viewer, Model model) {
        CapitalApplicationView a = grants.application(viewer, id);
        LocalDate paid = a.year().firstDay().isAfter(grants.today()) ? a.year().firstDay()
                : a.year().lastDay().isBefore(grants.today()) ? a.year().lastDay() : grants.today();
        model.addAttribute("capitalDecisionForm", new CapitalDecisionForm(null, String.valueOf(paid.getDayOfMonth()),
                String.valueOf(paid.getMonthValue()), String.valueOf(paid.getYear()), null, a.version()));
        return applicationPage(a, model);
    }

    private String applicationPage(CapitalApplicationView a, Model model) {
        model.addAttribute("capital", a);
        model.addAttribute("open", a.status() == ApplicationStatus.SUBMITTED);
        model.addAttribute("budget", grants.budgetFor(a.footprintId(), a.year()));
        model.addAttribute("decisions", Choice.of(Decision.class, "funding.decision"));
        return "pages/funding/panel-capital";
    }

    @PostMapping("/panel/capital/{id}/decision")
    String decide(@PathVariable long id, @ModelAttribute("capitalDecisionForm") CapitalDecisionForm form,
                  BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        if (grants.application(viewer, id).status() != ApplicationStatus.SUBMITTED) {
            throw new OptimisticLockingFailureException("The application was decided since the page was opened");
        }
        FundingFormChecks.required(errors, "decision", form.decision(), "funding.error.decisionRequired");
        CapitalDecision decision = null;
        if (form.decision() == Decision.APPROVE) {
            Optional<LocalDate> paid = FundingFormChecks.date(errors, "paidDay", form.paidDay(), form.paidMonth(),
                    form.paidYear(), "capital.error.paidOn");
            if (!errors.hasErrors()) {
                decision = new CapitalDecision.Approve(paid.orElseThrow());
            }
        } else if (form.decision() != null) {
            FundingFormChecks.required(errors, "note", form.note(), form.decision() == Decision.DECLINE
                    ? "funding.error.reasonsRequired" : "funding.error.whatIsNeededRequired");
            if (!errors.hasErrors()) {
                decision = form.decision() == Decision.DECLINE ? new CapitalDecision.Decline(form.note())
                        : new CapitalDecision.Defer(form.note());
            }
        }
        if (decision != null) {
            try {
                grants.decide(viewer, id, FundingFormChecks.version(form.version()), decision);
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("capital.notice.decided." + form.decision()));
                return "redirect:/panel";
            } catch (FundingRefusal refused) {
                FundingFormChecks.reject(errors, refused, FIELDS, "decision");
            }
        }
        return applicationPage(grants.application(viewer, id), model);
    }
}
