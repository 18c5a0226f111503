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
        w.write(Section.J, "No personal budget requested.");
    }
}
