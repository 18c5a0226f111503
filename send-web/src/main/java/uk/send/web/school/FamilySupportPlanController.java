package uk.send.web.school;

import java.time.Clock;
import java.time.LocalDate;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.pathway.support.FamilyView;
import uk.send.pathway.support.PlanStatus;
import uk.send.pathway.support.SupportPlanView;
import uk.send.pathway.support.SupportPlans;
import uk.send.pathway.support.SupportRefusal;
import uk.send.web.family.ConfirmationEmail;
import uk.send.web.family.TeamContact;
import uk.send.web.school.SupportForms.FamilyViewsForm;

/**
 * A support plan the school has shared with the family ({@code /parent/support-plans/{id}}): a parent of the child,
 * or the young person on their own account, reads it and, on the cycle in progress, sends the school their views
 * online; they are then shown, and emailed, exactly what they sent ({@code /parent/support-plans/{id}/views/{sent}}).
 * {@link SupportPlans} refuses, and audits, a plan not shared or not their child's (404, as an unknown id). The
 * parent's home lists these plans through {@link SupportPlans#sharedWith}.
 */
@Controller
class FamilySupportPlanController {

    static final String PAGE = "pages/parent/support-plan";

    private final SupportPlans support;
    private final ConfirmationEmail emails;
    private final TeamContact team;
    private final Clock clock;

    FamilySupportPlanController(SupportPlans support, ConfirmationEmail emails, TeamContact team, Clock clock) {
        this.support = support;
        this.emails = emails;
        this.team = team;
        this.clock = clock;
    }

    @GetMapping("/parent/support-plans/{id}")
    String plan(@PathVariable long id, Viewer viewer, Model model) {
        model.addAttribute("viewsForm", new FamilyViewsForm(null));
        return page(support.plan(viewer, id), model);
    }

    /** The plan page with its forms; {@code viewsForm} is the caller's (empty, or as typed with its errors). */
    static String page(SupportPlanView plan, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("viewsOpen", plan.status() == PlanStatus.OPEN);
        if (!model.containsAttribute("sharingForm")) {
            model.addAttribute("sharingForm", new SupportForms.ParentSharingForm(!plan.sharedWithNextSchool()));
        }
        if (!model.containsAttribute("viewsForm")) {
            model.addAttribute("viewsForm", new FamilyViewsForm(null));
        }
        return PAGE;
    }

    @PostMapping("/parent/support-plans/{id}/views")
    String sendViews(@PathVariable long id, @ModelAttribute("viewsForm") FamilyViewsForm form, BindingResult errors,
                     Viewer viewer, Model model) {
        // scoped first: anyone but the child's own family, or a plan not shared, is 404 whatever they typed
        SupportPlanView plan = support.plan(viewer, id);
        if (plan.status() != PlanStatus.OPEN) {
            throw new NoSuchElementException("Views are added to the cycle in progress");
        }
        SupportFormChecks.required(errors, "views", form.views(), "support.error.familyViewsRequired");
        if (!errors.hasErrors()) {
            try {
                FamilyView sent = support.sendFamilyViews(viewer, id, form.views(), emails.ofSupportPlanViews(
                        plan.childName(), viewer.is(Role.YOUNG_PERSON), plan.settingName(), form.views().strip(),
                        LocalDate.now(clock)));
                return "redirect:/parent/support-plans/" + id + "/views/" + sent.id();
            } catch (SupportRefusal refused) {
                SupportFormChecks.reject(errors, refused, "views");
            }
        }
        return page(plan, model);
    }

    /** Exactly what the viewer sent, once sent: another's sending, or none, is 404. */
    @GetMapping("/parent/support-plans/{id}/views/{sent}")
    String sent(@PathVariable long id, @PathVariable long sent, Viewer viewer, Model model) {
        SupportPlanView plan = support.plan(viewer, id);
        FamilyView views = plan.familyViews().stream().filter(v -> v.id() == sent && v.sentById() == viewer.userId())
                .findFirst().orElseThrow(() -> new NoSuchElementException("No such views"));
        model.addAttribute("plan", plan);
        model.addAttribute("views", views);
        model.addAttribute("sentOn", views.sentAt().toLocalDate());
        model.addAttribute("team", team);
        return "pages/parent/support-plan-views-sent";
    }
}
