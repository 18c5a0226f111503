package uk.send.web.plans;


import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.send.domain.access.Viewer;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.plan.EhcPlans;

/**
 * The plan lived under its assessment ({@code /caseworker/assessments/{id}/plan}) before it had an address of
 * its own; the case page still links there. A page at the old address opens the plan the assessment produced.
 */
@Controller
class OldPlanAddresses {

    private final EhcPlans plans;
    private final NeedsAssessments assessments;

    OldPlanAddresses(EhcPlans plans, NeedsAssessments assessments) {
        this.plans = plans;
        this.assessments = assessments;
    }

    /**
     * The plan's own address; a case with no plan yet goes to the case, once the case is known to be in the viewer's
     * scope (a case outside it is refused and audited, as on the case page).
     */
    @GetMapping({"/caseworker/assessments/{id}/plan", "/caseworker/assessments/{id}/plan/**"})
    String plan(@PathVariable long id, Viewer viewer) {
        return plans.forAssessment(viewer, id).map(plan -> "redirect:/plans/" + plan.id())
                .orElseGet(() -> "redirect:/caseworker/assessments/" + assessments.view(viewer, id).id());
    }
}
