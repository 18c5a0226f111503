package uk.send.web.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import uk.send.domain.audit.AuditAction;

/**
 * SEN Support as {@code SenSupport} keeps it: every child at SEN Support (K) in a setting has an open record at that
 * setting, added by its SENCO, and one to four assess–plan–do–review cycles of 12 weeks, the earlier ones reviewed
 * (continue or change) and the last one open. The open cycle started up to 100 days ago, so about one in six is past
 * its review date, as on a real register. Each cycle has two outcomes tagged to the outcomes framework and two lines
 * of costed provision. About a third of plans are shared with the family.
 */
final class SupportArea implements Area {

    /** The default review interval of a cycle ({@code send.sen-support.review-interval}). */
    private static final int CYCLE_DAYS = 84;

    private static final List<String[]> OUTCOMES = List.of(
            new String[] {"Will read a short text aloud with fewer than five errors", "I_AM_AMBITIOUS"},
            new String[] {"Will ask an adult for help when stuck, without waiting to be noticed", "I_AM_HEARD"},
            new String[] {"Will take part in a small-group game at break twice a week", "I_AM_INCLUDED"},
            new String[] {"Will use the agreed calm space and return to class within ten minutes", "I_AM_EMOTIONALLY_WELL"},
            new String[] {"Will recall number bonds to 10 without apparatus", "I_AM_AMBITIOUS"});

    /** What, how often, by whom, hundredths of an hour a week, cost over the cycle in pence. */
    private static final List<Object[]> PROVISION = List.of(
            new Object[] {"Small-group phonics intervention", "Daily", "Teaching assistant", 125, 42_000L},
            new Object[] {"Social skills group", "Twice a week", "Learning mentor", 60, 18_000L},
            new Object[] {"Precision teaching of number facts", "Three times a week", "Teaching assistant", 50, 15_000L},
            new Object[] {"Check-in and check-out with a trusted adult", "Daily", "Pastoral lead", 85, 21_000L},
            new Object[] {"Advice from the specialist teaching service", "Once a term", "Specialist teacher", 10, 9_500L});

    private static final String[] PROGRESS = {"EXCEEDED", "ACHIEVED", "PARTLY_ACHIEVED", "PARTLY_ACHIEVED", "NOT_ACHIEVED"};

    @Override
    public String name() {
        return "sen-support";
    }

    @Override
    public void generate(Generation g) {
        SplittableRandom random = g.random("sen-support");
        CopyTable records = g.table("sen_support_record",
                "id, child_id, setting_id, primary_need, secondary_need, added_on, added_by, created_at");
        CopyTable plans = g.table("support_plan", "id, record_id, cycle, kind, tier, status, starts_on, review_due, "
                + "assessment_notes, shared_with_family, reviewed_on, next_step, child_views, parent_views, review_notes, "
                + "created_by, reviewed_by, created_at");
        CopyTable outcomes = g.table("support_plan_outcome", "plan_id, position, outcome, tag, progress, progress_note");
        CopyTable provision = g.table("support_plan_provision",
                "plan_id, position, what, how_often, by_whom, weekly_centihours, cost_pence");
        for (Generation.Child child : g.children) {
            if (child.provision() != 'K' || child.setting() < 0 || child.primaryNeed() == null) {
                continue;
            }
            Generation.Setting setting = g.settings.get(child.setting());
            String senco = AccountsArea.email("senco." + setting.urn());
            int cycles = 1 + random.nextInt(4);
            LocalDate openStarts = g.today.minusDays(random.nextInt(100));
            LocalDate added = openStarts.minusDays((long) (cycles - 1) * CYCLE_DAYS);
            long record = g.nextId("sen_support_record");
            records.add(record).add(child.id()).add(setting.id()).add(child.primaryNeed().name()).nul().add(added)
                    .add(senco).add(Generation.at(added, 11, 0)).end();
            g.audit(Generation.at(added, 11, 0), null, senco, AuditAction.CHILD_UPDATED, "CHILD", child.id(),
                    "added to SEN Support " + child.primaryNeed().name());
            boolean shared = random.nextInt(3) == 0;
            int content = random.nextInt(1 << 16);
            for (int cycle = 1; cycle <= cycles; cycle++) {
                LocalDate starts = added.plusDays((long) (cycle - 1) * CYCLE_DAYS);
                LocalDate due = starts.plusDays(CYCLE_DAYS);
                boolean open = cycle == cycles;
                LocalDate reviewed = open ? null : due;
                long plan = g.nextId("support_plan");
                plans.add(plan).add(record).add(cycle).add("SEN_SUPPORT_PLAN")
                        .add(random.nextInt(5) == 0 ? "TARGETED_PLUS" : "TARGETED").add(open ? "OPEN" : "REVIEWED")
                        .add(starts).add(due).add("Assessed with the class teacher and the family; see the outcomes below.")
                        .add(shared).add(reviewed).add(open ? null : random.nextInt(3) == 0 ? "CHANGE" : "CONTINUE")
                        .add(open ? null : "Says the group helps and wants to keep going.")
                        .add(open ? null : "Pleased with the progress in reading at home.")
                        .add(open ? null : "Progress reviewed with the family.")
                        .add(senco).add(open ? null : senco).add(Generation.at(starts, 12, 0)).end();
                for (int i = 0; i < 2; i++) {
                    String[] o = OUTCOMES.get((content + cycle + i) % OUTCOMES.size());
                    outcomes.add(plan).add(i).add(o[0]).add(o[1])
                            .add(open ? null : PROGRESS[(content + cycle * 3 + i) % PROGRESS.length]).nul().end();
                    Object[] p = PROVISION.get((content / 7 + i) % PROVISION.size());
                    provision.add(plan).add(i).add((String) p[0]).add((String) p[1]).add((String) p[2])
                            .add((long) (int) p[3]).add((long) p[4]).end();
                }
            }
        }
    }
}
