package uk.send.pathway.plan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingView;

/**
 * Writes the demo caseload's plans through the plan's own methods: a plan for each case past the decision to
 * issue, with a draft version once the draft went out, a changed working copy, and a final version once the
 * plan was issued; and plans from before the demo caseload (no assessment of ours behind them) for children
 * who already have one. Each final version raises {@link PlanFinalised}, as it would for a caseworker.
 */
@Component
public class DemoPlans {

    private final EhcPlanRepository plans;
    private final ReferenceData reference;
    private final ReviewCycles cycles;

    DemoPlans(EhcPlanRepository plans, ReferenceData reference, ReviewCycles cycles) {
        this.cycles = cycles;
        this.plans = plans;
        this.reference = reference;
    }

    /** @param draftOn the date the draft was sent, or null; @param finalOn the date the final was issued, or null */
    public void write(long assessmentId, long childId, LocalDate draftOn, LocalDate finalOn, Long namedSettingId,
                      List<String> advice, String by, LocalDate today) {
        EhcPlan plan = plans.saveAndFlush(EhcPlan.start(childId, assessmentId, by));
        writeContent(plan, draftOn == null ? today : draftOn);
        String k = String.join("\n", advice);
        if (draftOn != null) {
            plan.issue(VersionKind.DRAFT, draftOn, k, by);
            PlanVersion w = plan.working();
            w.write(Section.A, w.textSections().get(Section.A) + "\n\nAfter reading the draft, the family added that "
                    + "swimming lessons matter a great deal to them.");
        }
        if (finalOn != null && namedSettingId != null) {
            place(plan, namedSettingId);
            plan.issue(VersionKind.FINAL, finalOn, k, by, cycles.forChild(childId));
        }
        plans.save(plan);
    }

    /** A plan the child already had (issued on {@code finalOn}, naming their setting), from no assessment of ours. */
    public void writeExisting(long childId, long settingId, LocalDate finalOn, String by) {
        EhcPlan plan = plans.saveAndFlush(EhcPlan.start(childId, null, by));
        writeContent(plan, finalOn);
        place(plan, settingId);
        plan.issue(VersionKind.FINAL, finalOn, "Advice and information gathered for the plan as first issued", by,
                cycles.forChild(childId));
        plans.save(plan);
    }

    /**
     * The demo plans' review history, through the plan's own methods: most plans in force were reviewed on time
     * each year (one in ten decided late), about one in five was never reviewed and is overdue, a review held in
     * the last fortnight awaits its decision, and one plan in the demo caseworker's footprints is mid-review
     * (meeting held, report in, the child's views recorded). A child of the demo family has a meeting arranged
     * today for two weeks ahead (the notice reg 20(3) asks for), so the parent can give their views online.
     *
     * @param inCaseworkersScope whether a child is in the demo caseworker's footprints
     * @param familyChildren     the demo parent's children
     * @return how many reviews were written
     */
    public int writeReviews(LocalDate today, java.util.function.LongPredicate inCaseworkersScope,
                            java.util.Set<Long> familyChildren, String by) {
        int written = 0;
        boolean midReview = false;
        List<EhcPlan> current = plans.findAll().stream()
                .filter(p -> p.getCeasedOn() == null && p.getReviewDueOn() != null)
                .sorted(java.util.Comparator.comparing(EhcPlan::getId)).toList();
        for (EhcPlan plan : current) {
            ReviewCycle cycle = cycles.forChild(plan.getChildId());
            int k = (int) (plan.getId() % 10);
            if (familyChildren.contains(plan.getChildId())) {
                plan.arrangeReview(today.plusDays(14), today, by);
                written++;
            } else if (!midReview && k == 3 && inCaseworkersScope.test(plan.getChildId())) {
                plan.arrangeReview(today.minusDays(6), by);
                plan.receiveReport(today.minusDays(2), today);
                plan.giveViews(ViewsFrom.CHILD, "I like my teaching assistant and the quiet room at lunchtime.", today);
                midReview = true;
                written++;
            } else if (k >= 2) {
                while (plan.openReview().isEmpty() && plan.getReviewDueOn().isBefore(today)) {
                    LocalDate meeting = plan.getReviewDueOn().minusDays(3L * k);
                    plan.arrangeReview(meeting, by);
                    if (!meeting.plusDays(9).isAfter(today)) {
                        plan.receiveReport(meeting.plusDays(9), today);
                    }
                    LocalDate decided = meeting.plusDays(k == 9 ? 33 : 16);
                    if (decided.isAfter(today)) {
                        break;
                    }
                    plan.decide(ReviewDecision.MAINTAIN, decided, null, today, cycle, by);
                    written++;
                }
            }
            plans.saveAndFlush(plan);
        }
        return written;
    }

    /**
     * Arranges the annual review of a child's plan in force, today for two weeks ahead (the notice reg 20(3) asks
     * for), so the family can give their views online; nothing when the child has no plan in force or a review is
     * already in progress.
     *
     * @return whether a review was arranged
     */
    public boolean arrangeReviewForViews(long childId, LocalDate today, String by) {
        java.util.Optional<EhcPlan> plan = plans.findByChildIdAndCeasedOnIsNull(childId)
                .filter(p -> p.getReviewDueOn() != null && p.openReview().isEmpty());
        plan.ifPresent(p -> {
            p.arrangeReview(today.plusDays(14), today, by);
            plans.saveAndFlush(p);
        });
        return plan.isPresent();
    }

    private void place(EhcPlan plan, long settingId) {
        SettingView named = reference.settingView(settingId);
        plan.working().place(named.id(), named.name(), named.type().name());
    }

    private static void writeContent(EhcPlan plan, LocalDate from) {
        PlanVersion w = plan.working();
        w.write(Section.A, "Enjoys building things and being outdoors. Wants to have friends to play with at break.\n\n"
                + "The family would like school to feel calmer, and for homework not to end in tears.");
        w.write(Section.B, "Difficulties with speech sounds and with understanding longer instructions.\n\n"
                + "Finds changes to routine hard and can become anxious.");
        w.write(Section.C, "Under the community paediatrician for sleep difficulties.");
        w.write(Section.D, "No social care needs identified at present.");
        w.addOutcome(new Outcome("Will follow a three-step instruction in class without an adult repeating it",
                "Visual prompts for two-step instructions; then three-step with a prompt; then without",
                from.plusYears(1), null, OutcomeTag.I_AM_AMBITIOUS));
        w.addProvision(new Provision("Speech and language therapy: understanding and following instructions",
                "Weekly", "30 minutes a session, for 2 terms", "Specialist speech and language therapist"));
        w.addProvision(new Provision("Small-group social communication sessions", "Twice a week", "20 minutes",
                "Trained teaching assistant"));
        w.write(Section.G, "Review by the community paediatrician every 6 months.");
        // a third of the demo plans carry a personal budget, the rest record that none was asked for
        w.writeBudget(plan.getChildId() % 3 == 0
                ? new PersonalBudget(true, 240_000L, true, false, true, true,
                        "Direct payments to the family for a personal assistant at an after-school club, and for "
                                + "travel training; the school's part is managed by the school as a notional budget.")
                : new PersonalBudget(false, null, false, false, false, null,
                        "The family were told about personal budgets at the planning meeting and did not ask for one."));
    }
}
