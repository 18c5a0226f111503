package uk.send.web.school;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.send.domain.access.Viewer;
import uk.send.pathway.support.SupportPlans;

/**
 * A support plan the school has shared with the family, for a parent of the child to read
 * ({@code /parent/support-plans/{id}}). {@link SupportPlans} refuses, and audits, a plan not shared or not
 * their child's. The parent's home lists these through {@link SupportPlans#sharedWith}.
 */
@Controller
class FamilySupportPlanController {

    private final SupportPlans support;

    FamilySupportPlanController(SupportPlans support) {
        this.support = support;
    }

    @GetMapping("/parent/support-plans/{id}")
    String plan(@PathVariable long id, Viewer viewer, Model model) {
        uk.send.pathway.support.SupportPlanView plan = support.plan(viewer, id);
        model.addAttribute("plan", plan);
        model.addAttribute("sharingForm", new SupportForms.ParentSharingForm(!plan.sharedWithNextSchool()));
        return "pages/parent/support-plan";
    }
}
