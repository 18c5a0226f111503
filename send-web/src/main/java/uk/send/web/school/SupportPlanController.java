package uk.send.web.school;

import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.domain.access.Viewer;
import uk.send.domain.reference.Money;
import uk.send.pathway.plan.OutcomeTag;
import uk.send.pathway.support.AssessmentRequestDraft;
import uk.send.pathway.support.FamilyView;
import uk.send.pathway.support.FamilyViewsFrom;
import uk.send.pathway.support.SupportTier;
import uk.send.pathway.support.NextStep;
import uk.send.pathway.support.Progress;
import uk.send.pathway.support.ProvisionItem;
import uk.send.pathway.support.ProvisionType;
import uk.send.pathway.support.SupportPlanCommand;
import uk.send.pathway.support.SupportPlanView;
import uk.send.pathway.support.SupportPlans;
import uk.send.pathway.support.SupportRefusal;
import uk.send.pathway.support.WeeklyHours;
import uk.send.web.school.SupportForms.AssessmentRequestForm;
import uk.send.web.school.SupportForms.OutcomeForm;
import uk.send.web.school.SupportForms.ProgressForm;
import uk.send.web.school.SupportForms.ProvisionForm;
import uk.send.web.school.SupportForms.ReviewForm;
import uk.send.web.school.SupportForms.ShareForm;
import uk.send.web.school.SupportForms.VersionForm;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;

/**
 * One cycle of a pupil's support plan for their SENCO ({@code /school/plans/{id}}): the plan, and in the cycle in
 * progress its outcomes, provision, sharing with the family, progress per outcome and the review. Each change is
 * a small form of its own that carries the plan's version; {@link SupportPlans} scopes and audits.
 */
@Controller
class SupportPlanController {

    static final String BASE = "/school/plans/{id}";
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

    private final SupportPlans support;

    SupportPlanController(SupportPlans support) {
        this.support = support;
    }

    private SupportPlanView plan(Viewer viewer, long id, Model model) {
        SupportPlanView plan = support.plan(viewer, id);
        model.addAttribute("plan", plan);
        return plan;
    }

    /** The cycle in progress, which alone changes: a reviewed one has no forms. */
    private SupportPlanView editable(Viewer viewer, long id, Model model) {
        SupportPlanView plan = plan(viewer, id, model);
        if (!plan.editable()) {
            throw new NoSuchElementException("A reviewed cycle does not change");
        }
        return plan;
    }

    private static String redirect(long id, String anchor) {
        return "redirect:/school/plans/" + id + (anchor == null ? "" : "#" + anchor);
    }

    private static int position(String value) {
        if (value == null || !NUMBER.matcher(value).matches()) {
            throw new NoSuchElementException("No such item");
        }
        return Integer.parseInt(value);
    }

    @GetMapping(BASE)
    String view(@PathVariable long id, Viewer viewer, Model model) {
        SupportPlanView plan = plan(viewer, id, model);
        model.addAttribute("shareForm", new ShareForm(!plan.shared(), plan.version()));
        return "pages/school/plan";
    }

    // --- outcomes

    @GetMapping(BASE + "/outcomes/new")
    String newOutcome(@PathVariable long id, Viewer viewer, Model model) {
        SupportPlanView plan = editable(viewer, id, model);
        model.addAttribute("outcomeForm", new OutcomeForm(null, null, plan.version()));
        return outcomePage(model);
    }

    private static String outcomePage(Model model) {
        model.addAttribute("tags", Choice.of(OutcomeTag.class, "outcomeTag"));
        return "pages/school/outcome";
    }

    @PostMapping(BASE + "/outcomes")
    String addOutcome(@PathVariable long id, @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult errors,
                      Viewer viewer, Model model, RedirectAttributes redirect) {
        SupportFormChecks.required(errors, "outcome", form.outcome(), "support.error.outcomeRequired");
        SupportFormChecks.required(errors, "framework", form.framework(), "support.error.frameworkRequired");
        if (!errors.hasErrors()) {
            try {
                support.change(viewer, id, SupportFormChecks.version(form.version()),
                        new SupportPlanCommand.AddOutcome(form.outcome(), form.framework()));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("support.notice.saved"));
                return redirect(id, "outcomes");
            } catch (SupportRefusal refused) {
                SupportFormChecks.reject(errors, refused, "outcome");
            }
        }
        editable(viewer, id, model);
        return outcomePage(model);
    }

    @PostMapping(BASE + "/outcomes/{index}/remove")
    String removeOutcome(@PathVariable long id, @PathVariable String index, VersionForm form, Viewer viewer,
                         RedirectAttributes redirect) {
        support.change(viewer, id, SupportFormChecks.version(form.version()),
                new SupportPlanCommand.RemoveOutcome(position(index)));
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("support.notice.removedItem"));
        return redirect(id, "outcomes");
    }

    // --- progress per outcome

    @GetMapping(BASE + "/outcomes/{index}/progress")
    String progressPage(@PathVariable long id, @PathVariable String index, Viewer viewer, Model model) {
        SupportPlanView plan = editable(viewer, id, model);
        int i = outcome(plan, index);
        model.addAttribute("progressForm", new ProgressForm(plan.outcomes().get(i).progress(),
                plan.outcomes().get(i).progressNote(), plan.version()));
        return progressPage(i, model);
    }

    private static int outcome(SupportPlanView plan, String index) {
        int i = position(index);
        if (i >= plan.outcomes().size()) {
            throw new NoSuchElementException("No such outcome");
        }
        return i;
    }

    private static String progressPage(int index, Model model) {
        model.addAttribute("index", index);
        model.addAttribute("progresses", Choice.of(Progress.class, "support.progress"));
        return "pages/school/progress";
    }

    @PostMapping(BASE + "/outcomes/{index}/progress")
    String recordProgress(@PathVariable long id, @PathVariable String index,
                          @ModelAttribute("progressForm") ProgressForm form, BindingResult errors, Viewer viewer,
                          Model model, RedirectAttributes redirect) {
        int i = position(index);
        SupportFormChecks.required(errors, "progress", form.progress(), "support.error.progressRequired");
        if (!errors.hasErrors()) {
            try {
                support.change(viewer, id, SupportFormChecks.version(form.version()),
                        new SupportPlanCommand.RecordProgress(i, form.progress(), form.progressNote()));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("support.notice.saved"));
                return redirect(id, "outcomes");
            } catch (SupportRefusal refused) {
                SupportFormChecks.reject(errors, refused, "progress");
            }
        }
        outcome(editable(viewer, id, model), index);
        return progressPage(i, model);
    }

    // --- provision

    @GetMapping(BASE + "/provision/new")
    String newProvision(@PathVariable long id, Viewer viewer, Model model) {
        SupportPlanView plan = editable(viewer, id, model);
        model.addAttribute("provisionForm", new ProvisionForm(null, null, null, null, null, null, plan.version()));
        return provisionPage(model);
    }

    private static String provisionPage(Model model) {
        model.addAttribute("provisionTypes", Choice.of(ProvisionType.class, "support.provisionType"));
        return "pages/school/provision";
    }

    @PostMapping(BASE + "/provision")
    String addProvision(@PathVariable long id, @ModelAttribute("provisionForm") ProvisionForm form, BindingResult errors,
                        Viewer viewer, Model model, RedirectAttributes redirect) {
        SupportFormChecks.required(errors, "what", form.what(), "support.error.whatRequired");
        SupportFormChecks.required(errors, "type", form.type(), "support.error.provisionTypeRequired");
        SupportFormChecks.required(errors, "howOften", form.howOften(), "support.error.howOftenRequired");
        SupportFormChecks.required(errors, "byWhom", form.byWhom(), "support.error.byWhomRequired");
        WeeklyHours hours = hours(errors, form.weeklyHours());
        Money cost = cost(errors, form.cost());
        if (!errors.hasErrors()) {
            try {
                support.change(viewer, id, SupportFormChecks.version(form.version()), new SupportPlanCommand.AddProvision(
                        new ProvisionItem(form.what(), form.howOften(), form.byWhom(), hours, cost, form.type())));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("support.notice.saved"));
                return redirect(id, "provision");
            } catch (SupportRefusal refused) {
                SupportFormChecks.reject(errors, refused, "what");
            }
        }
        editable(viewer, id, model);
        return provisionPage(model);
    }

    private static WeeklyHours hours(BindingResult errors, String text) {
        try {
            return WeeklyHours.parse(text);
        } catch (IllegalArgumentException | ArithmeticException notHours) {
            errors.rejectValue("weeklyHours", "support.error.weeklyHours");
            return null;
        }
    }

    /** Pounds and pence, such as 450 or 12.50 (a pound sign and commas allowed), never negative. */
    static Money cost(BindingResult errors, String text) {
        try {
            String plain = text == null ? "" : text.strip().replaceFirst("^£", "").replace(",", "");
            Money cost = Money.ofPounds(plain);
            if (cost.isNegative() || cost.pence() > 100_000_000L) {
                throw new IllegalArgumentException("Out of range");
            }
            return cost;
        } catch (IllegalArgumentException | NullPointerException notMoney) {
            errors.rejectValue("cost", "support.error.cost");
            return null;
        }
    }

    @PostMapping(BASE + "/provision/{index}/remove")
    String removeProvision(@PathVariable long id, @PathVariable String index, VersionForm form, Viewer viewer,
                           RedirectAttributes redirect) {
        support.change(viewer, id, SupportFormChecks.version(form.version()),
                new SupportPlanCommand.RemoveProvision(position(index)));
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("support.notice.removedItem"));
        return redirect(id, "provision");
    }

    // --- sharing with the family

    @PostMapping(BASE + "/share")
    String share(@PathVariable long id, @ModelAttribute("shareForm") ShareForm form, BindingResult errors, Viewer viewer,
                 Model model, RedirectAttributes redirect) {
        SupportFormChecks.required(errors, "shared", form.shared(), "support.error.sharedRequired");
        if (!errors.hasErrors()) {
            try {
                support.change(viewer, id, SupportFormChecks.version(form.version()),
                        new SupportPlanCommand.Share(form.shared()));
                redirect.addFlashAttribute(Notice.ATTRIBUTE,
                        Notice.of(form.shared() ? "support.notice.shared" : "support.notice.unshared"));
                return redirect(id, null);
            } catch (SupportRefusal refused) {
                SupportFormChecks.reject(errors, refused, "shared");
            }
        }
        plan(viewer, id, model);
        return "pages/school/plan";
    }

    // --- the review

    @GetMapping(BASE + "/review")
    String reviewPage(@PathVariable long id, Viewer viewer, Model model) {
        SupportPlanView plan = editable(viewer, id, model);
        // the family's views sent online fill in the child's and the parents' views, when they fit ("tell it once")
        model.addAttribute("reviewForm", new ReviewForm(null, null, null, null, sentOnline(plan, FamilyViewsFrom.YOUNG_PERSON),
                sentOnline(plan, FamilyViewsFrom.PARENT), null, null, null, null, plan.version(),
                support.policy().tier(plan.tier()).filter(SupportTier::inForce).map(SupportTier::code).orElse(null)));
        return reviewPage(model);
    }

    /** What the family sent online from one side, oldest first, as one text; null when none, or too long to fit. */
    static String sentOnline(SupportPlanView plan, FamilyViewsFrom from) {
        String joined = plan.familyViews().stream().filter(v -> v.from() == from).map(FamilyView::views)
                .collect(Collectors.joining("\n\n"));
        return joined.isEmpty() || joined.length() > SupportForms.VIEWS ? null : joined;
    }

    private String reviewPage(Model model) {
        model.addAttribute("steps", Choice.of(NextStep.class, "support.nextStep"));
        model.addAttribute("interval", support.policy().reviewInterval());
        SupportTiers.addTo(model, support.policy());
        model.addAttribute("tiers", support.policy().tiersOffered().stream()
                .map(t -> Choice.text(t.code(), t.name())).toList());
        return "pages/school/review";
    }

    @PostMapping(BASE + "/review")
    String review(@PathVariable long id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        Optional<LocalDate> on = SupportFormChecks.date(errors, "day", form.day(), form.month(), form.year(),
                "support.error.dateRequired");
        SupportFormChecks.required(errors, "nextStep", form.nextStep(), "support.error.nextStepRequired");
        Optional<LocalDate> next = SupportFormChecks.optionalDate(errors, "reviewDay", form.reviewDay(),
                form.reviewMonth(), form.reviewYear(), "support.error.reviewDateReal");
        // the tier of the next cycle: only while tiers are in force (ADR 6); a tier posted otherwise is ignored
        boolean tiers = support.policy().tiersInForce();
        String tier = tiers && form.tier() != null && !form.tier().isBlank() ? form.tier().strip() : null;
        if (!errors.hasErrors()) {
            try {
                long childId = support.change(viewer, id, SupportFormChecks.version(form.version()), new SupportPlanCommand.Review(
                        on.orElseThrow(), form.nextStep(), form.childViews(), form.parentViews(), form.reviewNotes(),
                        next.orElse(null), tier));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("support.notice.reviewed"));
                if (form.nextStep() == NextStep.REQUEST_EHC_NEEDS_ASSESSMENT) {
                    // tell it once: straight on to the request, filled in from the cycles just reviewed
                    return "redirect:/school/plans/" + id + "/request-assessment";
                }
                return "redirect:/school/pupils/" + childId;
            } catch (SupportRefusal refused) {
                SupportFormChecks.reject(errors, refused, "nextStep");
            }
        }
        editable(viewer, id, model);
        return reviewPage(model);
    }

    // --- "tell it once": a request for an EHC needs assessment from a cycle reviewed with that next step

    @GetMapping(BASE + "/request-assessment")
    String requestPage(@PathVariable long id, Viewer viewer, Model model) {
        AssessmentRequestDraft draft = support.assessmentRequest(viewer, id);
        model.addAttribute("requestForm", new AssessmentRequestForm(draft.suggestedReasons()));
        return requestPage(draft, model);
    }

    private static String requestPage(AssessmentRequestDraft draft, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("plan", draft.plan());
        return "pages/school/request-assessment";
    }

    @PostMapping(BASE + "/request-assessment")
    String requestAssessment(@PathVariable long id, @ModelAttribute("requestForm") AssessmentRequestForm form,
                             BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        SupportFormChecks.required(errors, "reasons", form.reasons(), "support.error.requestReasonsRequired");
        if (!errors.hasErrors()) {
            try {
                long childId = support.requestAssessment(viewer, id, form.reasons()).childId();
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("support.notice.assessmentRequested"));
                return "redirect:/school/pupils/" + childId;
            } catch (SupportRefusal refused) {
                SupportFormChecks.reject(errors, refused, "reasons");
            }
        }
        return requestPage(support.assessmentRequest(viewer, id), model);
    }
}
