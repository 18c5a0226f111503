package uk.send.web.admin;

import java.util.List;
import java.util.NoSuchElementException;

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
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildRecord;
import uk.send.domain.children.LikelyDuplicates;
import uk.send.domain.children.MergeRefusedException;
import uk.send.domain.reference.NhsNumber;
import uk.send.domain.reference.Upn;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.plan.EhcPlans;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;

/**
 * Two records of the same child merged into one: the administrator finds the likely duplicates of a record
 * (or searches for the other record), compares the two side by side, chooses the one to keep and confirms.
 * {@link ChildDirectory#merge} moves every history in one transaction.
 */
@Controller
class MergeController {

    private static final String MERGE = "/admin/children/merge";
    private static final int SEARCH_RESULTS = 20;

    private final ChildDirectory children;
    private final NeedsAssessments assessments;
    private final EhcPlans plans;

    MergeController(ChildDirectory children, NeedsAssessments assessments, EhcPlans plans) {
        this.children = children;
        this.assessments = assessments;
        this.plans = plans;
    }

    @GetMapping("/admin/children/{id}/duplicates")
    String duplicates(@PathVariable long id, @RequestParam(required = false) String q, Viewer viewer, Model model) {
        ChildRecord child = children.view(viewer, id);
        LikelyDuplicates likely = children.likelyDuplicates(viewer, child.summary().givenName(),
                child.summary().familyName(), child.summary().dateOfBirth(),
                child.summary().upn() == null ? null : Upn.of(child.summary().upn()),
                child.nhsNumber() == null ? null : NhsNumber.of(child.nhsNumber()), id);
        model.addAttribute("child", child);
        model.addAttribute("likely", likely.visible());
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("found", children.search(viewer, q, null,
                    PageRequest.of(0, SEARCH_RESULTS, ChildDirectory.DEFAULT_SORT)).getContent().stream()
                    .filter(c -> c.id() != id).toList());
        }
        return "pages/admin/child-duplicates";
    }

    @GetMapping(MERGE)
    String compare(@RequestParam long first, @RequestParam long second, Viewer viewer, Model model) {
        model.addAttribute("mergeForm", new MergeForm(first, second, null));
        return comparePage(first, second, viewer, model);
    }

    @PostMapping(MERGE)
    String merge(@ModelAttribute("mergeForm") MergeForm form, BindingResult errors, Viewer viewer, Model model,
                 RedirectAttributes redirect) {
        Binding.requireBound(errors);
        if (form.first() == null || form.second() == null || form.first().equals(form.second())) {
            throw new NoSuchElementException("Two records to merge");
        }
        if (!errors.hasFieldErrors("keep") && (form.keep() == null
                || !(form.keep().equals(form.first()) || form.keep().equals(form.second())))) {
            errors.rejectValue("keep", "merge.keep.required");
        }
        if (!errors.hasErrors()) {
            long merged = form.keep().equals(form.first()) ? form.second() : form.first();
            try {
                children.merge(form.keep(), merged, viewer);
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("merge.done"));
                return "redirect:/admin/children/" + form.keep();
            } catch (MergeRefusedException refused) {
                errors.rejectValue("keep", refused.messageKey());
            }
        }
        return comparePage(form.first(), form.second(), viewer, model);
    }

    private String comparePage(long first, long second, Viewer viewer, Model model) {
        if (first == second) {
            throw new NoSuchElementException("Two records to merge");
        }
        List<Side> sides = List.of(side(first, viewer), side(second, viewer));
        model.addAttribute("sides", sides);
        model.addAttribute("keepChoices", sides.stream()
                .map(s -> Choice.text(s.child().id(), s.child().summary().fullName() + " (" + s.child().id() + ")"))
                .toList());
        return "pages/admin/child-merge";
    }

    private Side side(long id, Viewer viewer) {
        ChildRecord child = children.view(viewer, id);
        List<NeedsAssessments.AssessmentSummaryForChild> cases = assessments.forChild(viewer, id);
        return new Side(child, cases, plans.hasCurrentPlan(id));
    }

    /** One record as the comparison shows it. */
    record Side(ChildRecord child, List<NeedsAssessments.AssessmentSummaryForChild> assessments, boolean currentPlan) {
    }
}
