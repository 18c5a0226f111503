package uk.send.web.generator;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import uk.send.domain.audit.AuditAction;
import uk.send.domain.reference.NeedCode;

/**
 * EHC plans, as {@code EhcPlan} keeps them: a working copy (number 0) and every issued version numbered from 1,
 * each with its outcomes and provision. A case past the decision to issue has its plan (origin: that case), with
 * a draft version once the draft went out and a final one naming the child's setting once issued. Every other child
 * with a plan has one from before (no case of ours behind it): the working copy and the final version. Every child
 * with a plan in force (E) has exactly one current plan.
 */
final class PlansArea implements Area {

    private static final String FROM_BEFORE_K = "Advice and information gathered for the plan as first issued";

    /** Positions count from 0, as the plan's @OrderColumn does. */
    private static final List<String[]> OUTCOMES = List.of(
            new String[] {"Will follow a three-step instruction in class without an adult repeating it",
                    "Visual prompts for two-step instructions; then three-step with a prompt; then without", "I_AM_AMBITIOUS"},
            new String[] {"Will join a lunchtime club with friends at least twice a week",
                    "A trusted adult introduces the club; then checks in weekly", "I_AM_INCLUDED"},
            new String[] {"Will say when they feel anxious and use a calming strategy",
                    "Daily check-in; a feelings scale; a quiet space agreed with the class teacher", "I_AM_EMOTIONALLY_WELL"},
            new String[] {"Will read a short book of their choice independently",
                    "Daily phonics in a small group; reading at home three times a week", "I_AM_AMBITIOUS"});

    private static final List<String[]> PROVISION = List.of(
            new String[] {"Speech and language therapy: understanding and following instructions", "Weekly",
                    "30 minutes a session, for 2 terms", "Specialist speech and language therapist"},
            new String[] {"Small-group social communication sessions", "Twice a week", "20 minutes",
                    "Trained teaching assistant"},
            new String[] {"Individual literacy intervention", "Daily", "15 minutes", "Teaching assistant trained in the programme"},
            new String[] {"Educational psychologist consultation with staff", "Termly", "1 hour", "Educational psychologist"});

    @Override
    public String name() {
        return "plans";
    }

    @Override
    public void generate(Generation g) {
        new Writer(g).write();
    }

    private static final class Writer {
        private final Generation g;
        private final SplittableRandom random;
        private final CopyTable plans;
        private final CopyTable versions;
        private final CopyTable outcomes;
        private final CopyTable provision;

        Writer(Generation g) {
            this.g = g;
            this.random = g.random("plans");
            plans = g.table("ehc_plan", "id, origin_assessment_id, child_id, created_at");
            versions = g.table("plan_version", "id, plan_id, number, kind, issued_on, created_at, created_by, section_a, "
                    + "section_b, section_c, section_d, section_g, section_h1, section_h2, section_j, section_k, "
                    + "placement_setting_id, placement_name, placement_type, budget_requested");
            outcomes = g.table("plan_outcome", "plan_version_id, position, outcome, steps, by_when, adulthood_area, tag");
            provision = g.table("plan_provision", "plan_version_id, position, what, how_often, how_long, by_whom");
        }

        void write() {
            Set<Integer> withCases = new HashSet<>();
            for (Generation.PlanFacts p : g.casesWithPlans) {
                withCases.add(p.child());
                Generation.Child child = g.children[p.child()];
                long plan = plan(p.assessmentId(), child, p.decidedToIssueOn());
                LocalDate from = p.draftOn() == null ? p.decidedToIssueOn() : p.draftOn();
                int contentSeed = random.nextInt(1 << 16);
                int number = 0;
                if (p.draftOn() != null) {
                    version(plan, ++number, "DRAFT", p.draftOn(), p.by(), child, from, contentSeed, p.adviceLines(), null, false);
                }
                if (p.finalOn() != null) {
                    version(plan, ++number, "FINAL", p.finalOn(), p.by(), child, from, contentSeed, p.adviceLines(),
                            p.namedSettingId(), p.draftOn() != null);
                }
                version(plan, 0, "WORKING", null, p.by(), child, from, contentSeed, null,
                        p.finalOn() == null ? null : p.namedSettingId(), p.draftOn() != null);
            }
            for (int i = 0; i < g.children.length; i++) {
                Generation.Child child = g.children[i];
                if (child.provision() != 'E' || withCases.contains(i)) {
                    continue;
                }
                if (child.recentPlan()) {
                    throw new IllegalStateException("A child with a recent plan has no case that issued it");
                }
                String by = g.staff.get(child.footprint()).caseworker();
                LocalDate issued = child.planIssuedOn();
                long plan = plan(null, child, issued.minusDays(20));
                long setting = g.settings.get(child.setting()).id();
                int contentSeed = random.nextInt(1 << 16);
                version(plan, 1, "FINAL", issued, by, child, issued, contentSeed, FROM_BEFORE_K, setting, false);
                version(plan, 0, "WORKING", null, by, child, issued, contentSeed, null, setting, false);
            }
        }

        private long plan(Long origin, Generation.Child child, LocalDate started) {
            long id = g.nextId("ehc_plan");
            plans.add(id).add(origin).add(child.id()).add(Generation.at(started, 14, 0)).end();
            return id;
        }

        private void version(long plan, int number, String kind, LocalDate issuedOn, String by, Generation.Child child,
                             LocalDate from, int contentSeed, String k, Long placement, boolean amendedAfterDraft) {
            long id = g.nextId("plan_version");
            boolean working = number == 0;
            String a = "Enjoys building things and being outdoors. Wants to have friends to play with at break.\n\n"
                    + "The family would like school to feel calmer, and for homework not to end in tears.";
            if (amendedAfterDraft && (working || "FINAL".equals(kind))) {
                a += "\n\nAfter reading the draft, the family added that swimming lessons matter a great deal to them.";
            }
            NeedCode need = child.primaryNeed();
            String b = "Primary need: " + (need == null ? "not recorded" : need.description()) + ".\n\n"
                    + "Finds changes to routine hard and can become anxious.";
            Generation.Setting named = placement == null ? null : g.settings.get((int) (long) placement - 1);
            LocalDate createdOn = issuedOn != null ? issuedOn : from;
            versions.add(id).add(plan).add(number).add(kind).add(issuedOn).add(Generation.at(createdOn, 15, number))
                    .add(by).add(a).add(b).add("Under the community paediatrician for sleep difficulties.")
                    .add("No social care needs identified at present.")
                    .add("Review by the community paediatrician every 6 months.").nul().nul()
                    .add("No personal budget requested.").add(working ? null : k)
                    .add(placement).add(named == null ? null : named.name())
                    .add(named == null ? null : named.type().name()).add(false).end();
            int count = 1 + contentSeed % 2;
            for (int i = 0; i < count; i++) {
                String[] o = OUTCOMES.get((contentSeed + i) % OUTCOMES.size());
                outcomes.add(id).add(i).add(o[0]).add(o[1]).add(from.plusYears(1)).nul().add(o[2]).end();
            }
            for (int i = 0; i < 2; i++) {
                String[] p = PROVISION.get((contentSeed / 2 + i) % PROVISION.size());
                provision.add(id).add(i).add(p[0]).add(p[1]).add(p[2]).add(p[3]).end();
            }
            if (!working) {
                g.audit(Generation.at(issuedOn, 16, 0), null, by, AuditAction.PLAN_ISSUED, "PLAN", plan,
                        kind + " version " + number);
            }
        }
    }
}
