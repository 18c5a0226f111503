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
import uk.send.funding.topup.AwardReview;
import uk.send.funding.topup.AwardStatus;
import uk.send.funding.topup.AwardView;
import uk.send.funding.topup.Decision;
import uk.send.funding.topup.FundingRefusal;
import uk.send.funding.topup.PanelDecision;
import uk.send.funding.topup.ReviewOutcome;
import uk.send.funding.topup.TopUpFunding;
import uk.send.web.funding.FundingForms.AwardReviewForm;
import uk.send.web.funding.FundingForms.DecisionForm;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;
import uk.send.web.support.Paging;

/**
 * The funding panel's pages: an application and the decision on it ({@code /panel/applications/{id}}), with the
 * footprint's budget for the years it spans beside the form; the history of decisions; awards ending within eight
 * weeks and the review of one. {@link TopUpFunding} scopes to the member's footprints and audits.
 */
@Controller
class PanelFundingController {

    private static final Map<FundingRefusal.Field, String> DECISION_FIELDS = Map.of(
            FundingRefusal.Field.BAND, "bandId", FundingRefusal.Field.STARTS_ON, "startDay",
            FundingRefusal.Field.ENDS_ON, "endDay", FundingRefusal.Field.REVIEW_ON, "reviewDay",
            FundingRefusal.Field.NOTE, "note");
    private static final Map<FundingRefusal.Field, String> REVIEW_FIELDS = Map.of(
            FundingRefusal.Field.BAND, "bandId", FundingRefusal.Field.ENDS_ON, "endDay",
            FundingRefusal.Field.REVIEW_ON, "reviewDay");

    private final TopUpFunding funding;

    PanelFundingController(TopUpFunding funding) {
        this.funding = funding;
    }

    @GetMapping("/panel/applications/{id}")
    String application(@PathVariable long id, Viewer viewer, Model model) {
        ApplicationView a = funding.application(viewer, id);
        model.addAttribute("decisionForm", new DecisionForm(null, a.requestedBandId(),
                day(a.startsOn()), month(a.startsOn()), year(a.startsOn()), day(a.endsOn()), month(a.endsOn()),
                year(a.endsOn()), day(a.reviewOn()), month(a.reviewOn()), year(a.reviewOn()), null, a.version()));
        return applicationPage(a, model);
    }

    private String applicationPage(ApplicationView a, Model model) {
        model.addAttribute("topUp", a);
        model.addAttribute("open", a.status() == ApplicationStatus.SUBMITTED);
        model.addAttribute("budgets", funding.budgetsFor(a.footprintId(), a.startsOn(), a.endsOn()));
        model.addAttribute("decisions", Choice.of(Decision.class, "funding.decision"));
        model.addAttribute("bands", bandChoices());
        return "pages/funding/panel-application";
    }

    private java.util.List<Choice> bandChoices() {
        return funding.activeBands().stream()
                .map(b -> Choice.text(b.id(), b.name() + " – " + b.annualValue().format())).toList();
    }

    @PostMapping("/panel/applications/{id}/decision")
    String decide(@PathVariable long id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        if (funding.application(viewer, id).status() != ApplicationStatus.SUBMITTED) {
            throw new OptimisticLockingFailureException("The application was decided since the page was opened");
        }
        FundingFormChecks.required(errors, "decision", form.decision(), "funding.error.decisionRequired");
        PanelDecision decision = null;
        if (form.decision() == Decision.APPROVE) {
            FundingFormChecks.required(errors, "bandId", form.bandId(), "funding.error.bandRequired");
            Optional<LocalDate> start = FundingFormChecks.date(errors, "startDay", form.startDay(), form.startMonth(),
                    form.startYear(), "funding.error.startDate");
            Optional<LocalDate> end = FundingFormChecks.date(errors, "endDay", form.endDay(), form.endMonth(),
                    form.endYear(), "funding.error.endDate");
            Optional<LocalDate> review = FundingFormChecks.date(errors, "reviewDay", form.reviewDay(),
                    form.reviewMonth(), form.reviewYear(), "funding.error.reviewDate");
            if (!errors.hasErrors()) {
                decision = new PanelDecision.Approve(form.bandId(), start.orElseThrow(), end.orElseThrow(),
                        review.orElseThrow());
            }
        } else if (form.decision() != null) {
            FundingFormChecks.required(errors, "note", form.note(), form.decision() == Decision.DECLINE
                    ? "funding.error.reasonsRequired" : "funding.error.whatIsNeededRequired");
            if (!errors.hasErrors()) {
                decision = form.decision() == Decision.DECLINE ? new PanelDecision.Decline(form.note())
                        : new PanelDecision.Defer(form.note());
            }
        }
        if (decision != null) {
            try {
                funding.decide(viewer, id, FundingFormChecks.version(form.version()), decision);
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("funding.notice.decided." + form.decision()));
                return "redirect:/panel";
            } catch (FundingRefusal refused) {
                FundingFormChecks.reject(errors, refused, DECISION_FIELDS, "decision");
            }
        }
        return applicationPage(funding.application(viewer, id), model);
    }

    @GetMapping("/panel/decisions")
    String decisions(Viewer viewer, @RequestParam(defaultValue = "1") int page, Model model) {
        var results = funding.decisions(viewer, PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("applications", results.getContent());
        model.addAttribute("paging", Paging.of(results, "/panel/decisions"));
        return "pages/funding/panel-decisions";
    }

    @GetMapping("/panel/awards")
    String awardsEnding(Viewer viewer, @RequestParam(defaultValue = "1") int page, Model model) {
        var results = funding.awardsEnding(viewer, PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("awards", results.getContent());
        model.addAttribute("paging", Paging.of(results, "/panel/awards"));
        return "pages/funding/panel-awards";
    }

    @GetMapping("/panel/awards/{id}")
    String award(@PathVariable long id, Viewer viewer, Model model) {
        AwardView award = funding.award(viewer, id);
        LocalDate next = award.endsOn().plusDays(1);
        LocalDate end = next.plusMonths(6).minusDays(1);
        model.addAttribute("awardReviewForm", new AwardReviewForm(null, null, day(end), month(end), year(end),
                null, null, null, award.version()));
        return awardPage(award, model);
    }

    private String awardPage(AwardView award, Model model) {
        model.addAttribute("award", award);
        model.addAttribute("open", award.status() == AwardStatus.ACTIVE);
        LocalDate next = award.endsOn().plusDays(1);
        model.addAttribute("budgets", funding.budgetsFor(award.footprintId(), next, next.plusMonths(12).minusDays(1)));
        model.addAttribute("outcomes", Choice.of(ReviewOutcome.class, "funding.reviewOutcome"));
        model.addAttribute("bands", bandChoices());
        return "pages/funding/panel-award";
    }

    @PostMapping("/panel/awards/{id}/review")
    String review(@PathVariable long id, @ModelAttribute("awardReviewForm") AwardReviewForm form, BindingResult errors,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        if (funding.award(viewer, id).status() != AwardStatus.ACTIVE) {
            throw new OptimisticLockingFailureException("The award was reviewed since the page was opened");
        }
        FundingFormChecks.required(errors, "outcome", form.outcome(), "funding.error.outcomeRequired");
        AwardReview review = null;
        if (form.outcome() == ReviewOutcome.END) {
            review = new AwardReview(ReviewOutcome.END, null, null, null);
        } else if (form.outcome() != null) {
            if (form.outcome() == ReviewOutcome.CHANGE_BAND) {
                FundingFormChecks.required(errors, "bandId", form.bandId(), "funding.error.bandRequired");
            }
            Optional<LocalDate> end = FundingFormChecks.date(errors, "endDay", form.endDay(), form.endMonth(),
                    form.endYear(), "funding.error.endDate");
            Optional<LocalDate> next = FundingFormChecks.date(errors, "reviewDay", form.reviewDay(), form.reviewMonth(),
                    form.reviewYear(), "funding.error.reviewDate");
            if (!errors.hasErrors()) {
                review = new AwardReview(form.outcome(), form.bandId(), end.orElseThrow(), next.orElseThrow());
            }
        }
        if (review != null) {
            try {
                funding.review(viewer, id, FundingFormChecks.version(form.version()), review);
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("funding.notice.reviewed." + form.outcome()));
                return "redirect:/panel/awards";
            } catch (FundingRefusal refused) {
                FundingFormChecks.reject(errors, refused, REVIEW_FIELDS, "outcome");
            }
        }
        return awardPage(funding.award(viewer, id), model);
    }

    private static String day(LocalDate d) {
        return d == null ? null : String.valueOf(d.getDayOfMonth());
    }

    private static String month(LocalDate d) {
        return d == null ? null : String.valueOf(d.getMonthValue());
    }

    private static String year(LocalDate d) {
        return d == null ? null : String.valueOf(d.getYear());
    }
}
