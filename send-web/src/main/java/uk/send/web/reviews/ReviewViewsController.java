package uk.send.web.reviews;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.pathway.plan.PlanReviews;
import uk.send.pathway.plan.ReviewInvitation;
import uk.send.pathway.plan.ReviewRefusal;
import uk.send.pathway.plan.ViewsFrom;
import uk.send.web.family.ConfirmationEmail;
import uk.send.web.family.TeamContact;
import uk.send.web.reviews.ReviewForms.CommentsForm;
import uk.send.web.reviews.ReviewForms.ViewsForm;
import uk.send.web.support.Notice;

/**
 * Views for a plan's review, given online: a parent for their own child ({@code /parent/reviews/{id}}, where they
 * also comment on proposed amendments while the 15 days run) and a SENCO for a pupil on roll
 * ({@code /school/reviews/{id}}). One page for both; {@link PlanReviews} decides whose views they are (a young
 * person's are their own, the child's, never the parents') and scopes the plan (any other answers 404). The family is
 * then shown, and emailed, exactly what they sent ({@code /parent/reviews/{id}/sent}).
 */
@Controller
class ReviewViewsController {

    private final PlanReviews reviews;
    private final ConfirmationEmail emails;
    private final TeamContact team;
    private final Clock clock;

    ReviewViewsController(PlanReviews reviews, ConfirmationEmail emails, TeamContact team, Clock clock) {
        this.reviews = reviews;
        this.emails = emails;
        this.team = team;
        this.clock = clock;
    }

    private static String base(Viewer viewer, long id) {
        return (viewer.isFamily() ? "/parent/reviews/" : "/school/reviews/") + id;
    }

    @GetMapping({"/parent/reviews/{id}", "/school/reviews/{id}"})
    String page(@PathVariable long id, Viewer viewer, Model model) {
        ReviewInvitation invitation = reviews.invitation(viewer, id);
        model.addAttribute("viewsForm", new ViewsForm(invitation.views()));
        model.addAttribute("commentsForm", new CommentsForm(invitation.familyComments()));
        return page(invitation, viewer, model);
    }

    private String page(ReviewInvitation invitation, Viewer viewer, Model model) {
        model.addAttribute("invitation", invitation);
        model.addAttribute("base", base(viewer, invitation.planId()));
        model.addAttribute("parent", viewer.isFamily());
        model.addAttribute("home", viewer.role().homePath());
        return "pages/plans/review-views";
    }

    @PostMapping({"/parent/reviews/{id}", "/school/reviews/{id}"})
    String give(@PathVariable long id, @ModelAttribute("viewsForm") ViewsForm form, BindingResult errors, Viewer viewer,
                Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors() && (form.text() == null || form.text().isBlank())) {
            errors.rejectValue("text", "review.error.viewsRequired");
        }
        if (!errors.hasErrors()) {
            try {
                if (viewer.isFamily()) {
                    // the family is shown, and emailed, exactly what they sent
                    ReviewInvitation invitation = reviews.invitation(viewer, id);
                    reviews.giveViewsOnline(viewer, id, form.text(), emails.ofReviewViews(invitation.childName(),
                            invitation.whose() == ViewsFrom.CHILD, invitation.meetingOn(), form.text().strip(),
                            LocalDate.now(clock)));
                    return "redirect:" + base(viewer, id) + "/sent";
                }
                reviews.giveViewsOnline(viewer, id, form.text(), null);
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("reviewViews.notice.sent"));
                return "redirect:" + base(viewer, id);
            } catch (ReviewRefusal refused) {
                errors.rejectValue("text", refused.key(), ReviewController.arguments(refused.arguments()), null);
            }
        }
        ReviewInvitation invitation = reviews.invitation(viewer, id);
        model.addAttribute("commentsForm", new CommentsForm(invitation.familyComments()));
        return page(invitation, viewer, model);
    }

    /** The confirmation of exactly what the family sent, and when; nothing sent yet answers 404. */
    @GetMapping("/parent/reviews/{id}/sent")
    String sent(@PathVariable long id, Viewer viewer, Model model) {
        ReviewInvitation invitation = reviews.invitation(viewer, id);
        if (invitation.viewsGivenOn() == null) {
            throw new NoSuchElementException("No views sent for this review");
        }
        model.addAttribute("invitation", invitation);
        model.addAttribute("team", team);
        return "pages/plans/review-views-sent";
    }

    @PostMapping("/parent/reviews/{id}/comments")
    String comment(@PathVariable long id, @ModelAttribute("commentsForm") CommentsForm form, BindingResult errors,
                   Viewer viewer, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors() && (form.comments() == null || form.comments().isBlank())) {
            errors.rejectValue("comments", "review.error.commentsRequired");
        }
        if (!errors.hasErrors()) {
            try {
                reviews.commentOnAmendments(viewer, id, form.comments());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("reviewViews.notice.commentsSent"));
                return "redirect:" + base(viewer, id);
            } catch (ReviewRefusal refused) {
                errors.rejectValue("comments", refused.key(), ReviewController.arguments(refused.arguments()), null);
            }
        }
        ReviewInvitation invitation = reviews.invitation(viewer, id);
        model.addAttribute("viewsForm", new ViewsForm(invitation.views()));
        return page(invitation, viewer, model);
    }
}
