package uk.send.web.plans;

import java.util.NoSuchElementException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.send.domain.access.Viewer;
import uk.send.pathway.plan.EhcPlans;

/**
 * The plan lived under its assessment ({@code /caseworker/assessments/{id}/plan}) before it had an address of
 * its own; the case page still links there. A page at the old address opens the plan the assessment produced.
 */
@Controller
class OldPlanAddresses {

    private final EhcPlans plans;

    OldPlanAddresses(EhcPlans plans) {
        this.plans = plans;
    }

    @GetMapping({"/caseworker/assessments/{id}/plan", "/caseworker/assessments/{id}/plan/**"})
    String plan(@PathVariable long id, Viewer viewer) {
        long planId = plans.forAssessment(viewer, id).orElseThrow(() -> new NoSuchElementException("No plan yet")).id();
        return "redirect:/plans/" + planId;
    }
}
