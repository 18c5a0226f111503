package uk.send.web.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.domain.access.Viewer;
import uk.send.pathway.plan.CeaseReason;
import uk.send.pathway.plan.EhcPlans;
import uk.send.pathway.plan.PlanReviews;
import uk.send.pathway.plan.PlanView;
import uk.send.pathway.plan.ReviewCommand;
import uk.send.pathway.plan.ReviewDecision;
import uk.send.pathway.plan.ReviewRecord;
import uk.send.pathway.plan.ReviewRefusal;
import uk.send.pathway.plan.ViewsFrom;
import uk.send.pathway.calendar.StatutoryCalendar;
import uk.send.web.reviews.ReviewForms.ReviewStepForm;
import uk.send.web.support.Choice;
import uk.send.web.support.DateFields;
import uk.send.web.support.Notice;
import uk.send.web.support.RefusalArguments;

/**
 * A plan's reviews for the caseworker ({@code /plans/{id}/reviews}): when the next is due, the review in progress
 * with every statutory date and whether each step was late, the one next action as the primary button, and each
 * step as a small form of its own; and the notice of a plan that has ceased, with the right of appeal, for everyone
 * who reads the plan.
 */
@Controller
class ReviewController {

    private final PlanReviews reviews;
    private final EhcPlans plans;
    private final StatutoryCalendar calendar;
    private final Clock clock;

    ReviewController(PlanReviews reviews, EhcPlans plans, StatutoryCalendar calendar, Clock clock) {
        this.reviews = reviews;
        this.plans = plans;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/plans/{id}/reviews")
    String reviews(@PathVariable long id, Viewer viewer, Model model) {
        ReviewRecord record = reviews.view(viewer, id);
        model.addAttribute("record", record);
        model.addAttribute("nextStep", record.next() == null ? null : ReviewStep.of(record.next().kind()));
        model.addAttribute("daysUntilDue", record.reviewDueOn() == null ? 0
                : java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(clock), record.reviewDueOn()));
        model.addAttribute("viewsFrom", ViewsFrom.values());
        return "pages/plans/reviews";
    }

    @GetMapping("/plans/{id}/reviews/{slug}")
    String stepForm(@PathVariable long id, @PathVariable String slug, Viewer viewer, Model model) {
        ReviewStep step = step(slug);
        ReviewRecord record = reviews.view(viewer, id);
        LocalDate today = LocalDate.now(clock);
        String text = step == ReviewStep.CHILD_VIEWS || step == ReviewStep.ADVISER_VIEWS
                ? currentViews(record, step == ReviewStep.CHILD_VIEWS ? ViewsFrom.CHILD : ViewsFrom.ADVISERS) : null;
        model.addAttribute("reviewStepForm", new ReviewStepForm(String.valueOf(today.getDayOfMonth()),
                String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()), text, null, null, record.version()));
        return stepPage(step, record, model);
    }

    private static String currentViews(ReviewRecord record, ViewsFrom from) {
        return record.current() == null ? null : record.current().views().get(from);
    }

    @PostMapping("/plans/{id}/reviews/{slug}")
    String takeStep(@PathVariable long id, @PathVariable String slug, @ModelAttribute("reviewStepForm") ReviewStepForm form,
                    BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        ReviewStep step = step(slug);
        if (form.version() == null) {
            throw new OptimisticLockingFailureException("No version: cannot tell what the step was taken on");
        }
        Optional<LocalDate> date = check(step, form, errors);
        if (!errors.hasErrors()) {
            try {
                reviews.take(viewer, id, form.version(), command(step, form, date.orElse(null)));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of(step.key() + ".done"));
                return "redirect:/plans/" + id + "/reviews";
            } catch (ReviewRefusal refused) {
                errors.rejectValue(field(step, refused.field()), refused.key(), arguments(refused.arguments()), null);
            }
        }
        return stepPage(step, reviews.view(viewer, id), model);
    }

    /** What the page itself checks: a real date, a decision, a reason to cease; the plan checks the rest. */
    private static Optional<LocalDate> check(ReviewStep step, ReviewStepForm form, Errors errors) {
        Optional<LocalDate> date = Optional.empty();
        if (step.hasDate() && !errors.hasFieldErrors("day")) {
            date = DateFields.parse(form.day(), form.month(), form.year());
            if (date.isEmpty()) {
                errors.rejectValue("day", "review.error.date");
            }
        }
        if (step.hasDecision() && !errors.hasFieldErrors("decision") && form.decision() == null) {
            errors.rejectValue("decision", "review.error.decisionRequired");
        }
        if (step.hasDecision() && form.decision() == ReviewDecision.CEASE && form.reason() == null
                && !errors.hasFieldErrors("reason")) {
            errors.rejectValue("reason", "review.error.reasonRequired");
        }
        if (step == ReviewStep.FAMILY_COMMENTS && (form.text() == null || form.text().isBlank())
                && !errors.hasFieldErrors("text")) {
            errors.rejectValue("text", "review.error.commentsRequired");
        }
        return date;
    }

    private static ReviewCommand command(ReviewStep step, ReviewStepForm form, LocalDate date) {
        return switch (step) {
            case ARRANGE -> new ReviewCommand.Arrange(date);
            case MOVE_MEETING -> new ReviewCommand.MoveMeeting(date);
            case REPORT -> new ReviewCommand.ReceiveReport(date);
            case CHILD_VIEWS -> new ReviewCommand.GiveViews(ViewsFrom.CHILD, form.text());
            case ADVISER_VIEWS -> new ReviewCommand.GiveViews(ViewsFrom.ADVISERS, form.text());
            case DECIDE -> new ReviewCommand.Decide(form.decision(), date,
                    form.decision() == ReviewDecision.CEASE ? form.reason() : null);
            case PROPOSE -> new ReviewCommand.ProposeAmendments(date);
            case FAMILY_COMMENTS -> new ReviewCommand.RecordFamilyComments(form.text(), date);
            case ISSUE_AMENDED -> new ReviewCommand.IssueAmended(date);
        };
    }

    private static String field(ReviewStep step, ReviewRefusal.Field field) {
        return switch (field) {
            case DATE -> step.hasDate() ? "day" : step.firstField();
            case TEXT -> step.hasText() ? "text" : step.firstField();
            case DECISION -> step.hasDecision() ? "decision" : step.firstField();
            case REASON -> step.hasDecision() ? "reason" : step.firstField();
            case STEP -> step.firstField();
        };
    }

    static Object[] arguments(Object[] values) {
        return RefusalArguments.of(values);
    }

    private String stepPage(ReviewStep step, ReviewRecord record, Model model) {
        model.addAttribute("record", record);
        model.addAttribute("step", step);
        model.addAttribute("decisions", Choice.of(ReviewDecision.class, "review.decision"));
        model.addAttribute("reasons", Choice.of(CeaseReason.class, "ceaseReason"));
        // arranging or moving the meeting: the earliest day that gives those invited today their 2 weeks' notice
        model.addAttribute("noticeFrom", step == ReviewStep.ARRANGE || step == ReviewStep.MOVE_MEETING
                ? calendar.earliestReviewMeeting(LocalDate.now(clock)) : null);
        return "pages/plans/review-step";
    }

    private static ReviewStep step(String slug) {
        return ReviewStep.fromSlug(slug).orElseThrow(() -> new NoSuchElementException("No such step"));
    }

    /** The notice that the plan has ceased, with the family's right of appeal: for everyone who reads the plan. */
    @GetMapping("/plans/{id}/ceased")
    String ceased(@PathVariable long id, Viewer viewer, Model model) {
        PlanView plan = plans.view(viewer, id);
        if (plan.ceasedOn() == null) {
            throw new NoSuchElementException("The plan has not ceased");
        }
        model.addAttribute("plan", plan);
        return "pages/plans/ceased";
    }

}
