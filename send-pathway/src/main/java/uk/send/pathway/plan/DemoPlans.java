package uk.send.pathway.plan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingView;

/**
 * Writes the demo caseload's plans: a plan for each case past the decision to issue, with a draft version
 * once the draft went out, a changed working copy, and a final version once the plan was issued.
 */
@Component
public class DemoPlans {

    private final EhcPlanRepository plans;
    private final ReferenceData reference;

    DemoPlans(EhcPlanRepository plans, ReferenceData reference) {
        this.plans = plans;
        this.reference = reference;
    }

    /** @param draftOn the date the draft was sent, or null; @param finalOn the date the final was issued, or null */
    public void write(long assessmentId, long childId, LocalDate draftOn, LocalDate finalOn, Long namedSettingId,
                      List<String> advice, String by, LocalDate today) {
        EhcPlan plan = EhcPlan.start(assessmentId, childId, by);
        PlanVersion w = plan.working();
        w.write(Section.A, "Enjoys building things and being outdoors. Wants to have friends to play with at break.\n\n"
                + "The family would like school to feel calmer, and for homework not to end in tears.");
        w.write(Section.B, "Difficulties with speech sounds and with understanding longer instructions.\n\n"
                + "Finds changes to routine hard and can become anxious.");
        w.write(Section.C, "Under the community paediatrician for sleep difficulties.");
        w.write(Section.D, "No social care needs identified at present.");
        w.addOutcome(new Outcome("Will follow a three-step instruction in class without an adult repeating it",
                "Visual prompts for two-step instructions; then three-step with a prompt; then without",
                (draftOn == null ? today : draftOn).plusYears(1), null, OutcomeTag.I_AM_AMBITIOUS));
        w.addProvision(new Provision("Speech and language therapy: understanding and following instructions",
                "Weekly", "30 minutes a session, for 2 terms", "Specialist speech and language therapist"));
        w.addProvision(new Provision("Small-group social communication sessions", "Twice a week", "20 minutes",
                "Trained teaching assistant"));
        w.write(Section.G, "Review by the community paediatrician every 6 months.");
        w.write(Section.J, "No personal budget requested.");
        String k = String.join("\n", advice);
        if (draftOn != null) {
            plan.issue(PlanVersion.Kind.DRAFT, draftOn, k, by);
            w.write(Section.A, w.textSections().get(Section.A) + "\n\nAfter reading the draft, the family added that "
                    + "swimming lessons matter a great deal to them.");
        }
        if (finalOn != null && namedSettingId != null) {
            SettingView named = reference.settingView(namedSettingId);
            w.place(named.id(), named.name(), named.type().name());
            plan.issue(PlanVersion.Kind.FINAL, finalOn, k, by);
        }
        plans.save(plan);
    }
}
