package uk.send.web.generator;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import uk.send.domain.audit.AuditAction;
import uk.send.pathway.calendar.AssessmentException;
import uk.send.pathway.calendar.Reg10Exception;

/**
 * EHC needs assessments with their advice, timeline, reg 10(4) exceptions and settings consulted. Each case is
 * built step by step as the aggregate ({@code NeedsAssessment}) takes them: every step dated on or after the one
 * before and never after today, advice due 6 weeks from its request, the draft's 15-day comment window, setting
 * responses due in 15 days, all from the {@code StatutoryCalendar}; reasons where a step needs them.
 * <ul>
 * <li>every child whose plan was issued in the last two years: the case that led to it (FINAL), some late, some
 * with an exception;</li>
 * <li>open cases for children at SEN Support, 10% of the plans in number, at every open stage, some overdue;</li>
 * <li>closed ones: refused (5%) and decided not to issue (1.5%).</li>
 * </ul>
 * The cases that reached the decision to issue leave their facts for {@link PlansArea}.
 */
final class AssessmentsArea implements Area {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final List<String> REASONS = List.of(
            "Little progress over three cycles of SEN Support despite targeted help.",
            "Needs have increased since moving up a phase; the school's own resources are not enough.",
            "Attendance has fallen sharply and anxiety stops the child joining lessons.",
            "Speech and language therapy advises more than the school can provide at SEN Support.");

    private enum Target { REQUESTED, ASSESSING, DRAFTING, DRAFT_ISSUED, FINAL, REFUSED, NOT_ISSUED }

    @Override
    public String name() {
        return "assessments";
    }

    @Override
    public void generate(Generation g) {
        SplittableRandom random = g.random(name());
        Tables t = new Tables(g);
        int open = g.scale.plans() / 10;
        int refused = g.scale.plans() / 20;
        int notIssued = g.scale.plans() * 3 / 200;
        int k = 0;
        for (int i = 0; i < g.children.length; i++) {
            Generation.Child child = g.children[i];
            Target target = null;
            if (child.provision() == 'E' && child.recentPlan()) {
                target = Target.FINAL;
            } else if (child.provision() == 'K') {
                if (k < open) {
                    int r = random.nextInt(100);
                    target = r < 25 ? Target.REQUESTED : r < 65 ? Target.ASSESSING : r < 80 ? Target.DRAFTING : Target.DRAFT_ISSUED;
                } else if (k < open + refused) {
                    target = Target.REFUSED;
                } else if (k < open + refused + notIssued) {
                    target = Target.NOT_ISSUED;
                }
                k++;
            }
            if (target != null) {
                new Case(g, t, random, i, target).build();
            }
        }
    }

    /** The tables, in the order they load (the assessment first: the others refer to it). */
    private static final class Tables {
        final CopyTable assessments;
        final CopyTable advice;
        final CopyTable events;
        final CopyTable exceptions;
        final CopyTable consultations;

        Tables(Generation g) {
            assessments = g.table("needs_assessment", "id, child_id, stage, requested_by, request_received, reasons, "
                    + "evidence, decided_to_assess_on, refused_on, refusal_reasons, decided_to_issue_on, "
                    + "decided_not_to_issue_on, not_to_issue_reasons, draft_issued_on, draft_response_on, draft_response, "
                    + "preferred_setting_id, final_issued_on, named_setting_id, created_at");
            advice = g.table("advice_request", "id, assessment_id, source, addressee, requested_on, due_on, received_on, "
                    + "advice, adviser_id, submitted_by_adviser");
            events = g.table("assessment_event", "id, assessment_id, type, occurred_on, recorded_at, actor_id, actor, "
                    + "detail, due_on");
            exceptions = g.table("assessment_exception", "id, assessment_id, reason, from_date, to_date, note");
            consultations = g.table("setting_consultation", "id, assessment_id, setting_id, consulted_on, response_due_on");
        }
    }

    /** One case, taken through the steps to its target stage (or as far as today allows). */
    private static final class Case {
        private final Generation g;
        private final Tables t;
        private final SplittableRandom random;
        private final int childIndex;
        private final Generation.Child child;
        private final Target target;
        private final Generation.Staff staff;
        private final long id;
        private final List<Event> timeline = new ArrayList<>();
        private final List<Advice> advice = new ArrayList<>();

        private String stage = "REQUESTED";
        private LocalDate received;
        private LocalDate decidedToAssess;
        private LocalDate refused;
        private LocalDate decidedToIssue;
        private LocalDate decidedNotToIssue;
        private LocalDate draft;
        private LocalDate draftResponse;
        private LocalDate finalIssued;
        private Long named;

        private record Event(String type, LocalDate on, long actorId, String actor, String detail, LocalDate due) {
        }

        private record Advice(long id, String source, String addressee, LocalDate requested, LocalDate due,
                              LocalDate receivedOn, Long adviserId, boolean byAdviser) {
        }

        Case(Generation g, Tables t, SplittableRandom random, int childIndex, Target target) {
            this.g = g;
            this.t = t;
            this.random = random;
            this.childIndex = childIndex;
            this.child = g.children[childIndex];
            this.target = target;
            this.staff = g.staff.get(child.footprint());
            this.id = g.nextId("needs_assessment");
        }

        void build() {
            LocalDate today = g.today;
            received = switch (target) {
                case REQUESTED -> today.minusDays(random.nextInt(56));
                case ASSESSING -> today.minusDays(45 + random.nextInt(85));
                case DRAFTING -> today.minusDays(110 + random.nextInt(40));
                case DRAFT_ISSUED -> today.minusDays(125 + random.nextInt(45));
                case FINAL -> today.minusDays(200 + random.nextInt(531));
                case REFUSED -> today.minusDays(45 + random.nextInt(655));
                case NOT_ISSUED -> today.minusDays(130 + random.nextInt(570));
            };
            if (received.isBefore(child.bornOn())) {
                received = child.bornOn();
            }
            step("REQUEST_RECEIVED", received, null, null);
            if (target == Target.REQUESTED) {
                write();
                return;
            }
            LocalDate decision = received.plusDays(20 + random.nextInt(random.nextInt(10) == 0 ? 40 : 22));
            if (target == Target.REFUSED) {
                refused = notAfterToday(decision);
                stage = "REFUSED";
                step("REFUSED_TO_ASSESS", refused, null, null);
                write();
                return;
            }
            if (decision.isAfter(today)) {
                write();
                return;
            }
            decidedToAssess = decision;
            stage = "ASSESSING";
            step("DECIDED_TO_ASSESS", decidedToAssess, null, null);
            boolean late = random.nextInt(100) < 15;
            LocalDate asked = decidedToAssess.plusDays(1 + random.nextInt(3));
            if (asked.isAfter(today)) {
                write();
                return;
            }
            ask("EDUCATIONAL_PSYCHOLOGY", "Educational psychology service", asked, staff.adviserId());
            ask("HEALTH", "Community paediatrics", asked, null);
            ask("SOCIAL_CARE", "Children's social care", asked, null);
            if (late && random.nextBoolean()) {
                exception(received.plusDays(40));
            }
            List<Advice> in = new ArrayList<>();
            for (Advice a : advice) {
                LocalDate on = late ? a.due().plusDays(random.nextInt(30)) : a.due().minusDays(random.nextInt(12));
                boolean outstanding = target == Target.ASSESSING && random.nextInt(3) == 0;
                in.add(on.isAfter(today) || outstanding ? a : receive(a, on));
            }
            advice.clear();
            advice.addAll(in);
            if (target == Target.ASSESSING || advice.stream().anyMatch(a -> a.receivedOn() == null)) {
                write();
                return;
            }
            LocalDate allIn = advice.stream().map(Advice::receivedOn).max(Comparator.naturalOrder()).orElseThrow();
            LocalDate decideOn = allIn.plusDays(1 + random.nextInt(5));
            if (decideOn.isAfter(today)) {
                write();
                return;
            }
            if (target == Target.NOT_ISSUED) {
                decidedNotToIssue = decideOn;
                stage = "NOT_ISSUED";
                step("DECIDED_NOT_TO_ISSUE", decideOn, null, null);
                write();
                return;
            }
            decidedToIssue = decideOn;
            stage = "DRAFTING";
            step("DECIDED_TO_ISSUE", decideOn, null, null);
            LocalDate draftOn = decidedToIssue.plusDays(3 + random.nextInt(12));
            if (target == Target.DRAFTING || draftOn.isAfter(today)) {
                write();
                return;
            }
            draft = draftOn;
            stage = "DRAFT_ISSUED";
            step("DRAFT_ISSUED", draft, null, g.calendar.draftCommentsCloseOn(draft));
            LocalDate responseOn = draft.plusDays(5 + random.nextInt(10));
            boolean responds = random.nextInt(100) < 80;
            if (responds && !responseOn.isAfter(today)) {
                draftResponse = responseOn;
                step("DRAFT_RESPONSE_RECEIVED", responseOn, null, null);
            }
            long setting = child.setting() >= 0 ? g.settings.get(child.setting()).id() : g.settings.get(0).id();
            LocalDate consulted = (draftResponse != null ? draftResponse : draft).plusDays(random.nextInt(3));
            if (!consulted.isAfter(today)) {
                consult(setting, consulted);
            }
            LocalDate finalOn = draftResponse != null ? draftResponse.plusDays(1 + random.nextInt(10))
                    : g.calendar.earliestFinalisationDate(draft).plusDays(random.nextInt(10));
            if (late) {
                finalOn = finalOn.plusDays(random.nextInt(20));
            }
            if (target == Target.DRAFT_ISSUED || finalOn.isAfter(today) || child.setting() < 0) {
                write();
                return;
            }
            finalIssued = finalOn;
            named = setting;
            stage = "FINAL";
            step("FINAL_ISSUED", finalOn, null, null);
            write();
        }

        private LocalDate notAfterToday(LocalDate day) {
            return day.isAfter(g.today) ? g.today : day;
        }

        private void step(String type, LocalDate on, String detail, LocalDate due) {
            timeline.add(new Event(type, on, staff.caseworkerId(), staff.caseworker(), detail, due));
        }

        private void ask(String source, String addressee, LocalDate on, Long adviserId) {
            LocalDate due = g.calendar.adviceDue(on);
            advice.add(new Advice(g.nextId("advice_request"), source, addressee, on, due, null, adviserId, false));
            step("ADVICE_REQUESTED", on, addressee, due);
        }

        private Advice receive(Advice a, LocalDate on) {
            boolean byAdviser = a.adviserId() != null && random.nextBoolean();
            timeline.add(new Event("ADVICE_RECEIVED", on, byAdviser ? a.adviserId() : staff.caseworkerId(),
                    byAdviser ? staff.adviser() : staff.caseworker(), a.addressee(), null));
            return new Advice(a.id(), a.source(), a.addressee(), a.requested(), a.due(), on, a.adviserId(), byAdviser);
        }

        /** A reg 10(4) exception, checked by the calendar's own rules (at least four weeks where that applies). */
        private void exception(LocalDate from) {
            if (from.isAfter(g.today)) {
                return;
            }
            Reg10Exception reason = random.nextBoolean() ? Reg10Exception.AWAY_FROM_AREA
                    : Reg10Exception.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES;
            AssessmentException e = new AssessmentException(reason, from, from.plusDays(29 + random.nextInt(20)),
                    "Family away from the area for several weeks");
            t.exceptions.add(g.nextId("assessment_exception")).add(id).add(e.reason().name()).add(e.from()).add(e.to())
                    .add(e.note()).end();
            step("EXCEPTION_RECORDED", from, e.note(), null);
        }

        private void consult(long settingId, LocalDate on) {
            LocalDate due = g.calendar.settingResponseDue(on);
            t.consultations.add(g.nextId("setting_consultation")).add(id).add(settingId).add(on).add(due).end();
            step("SETTING_CONSULTED", on, settingName(settingId), due);
        }

        private String settingName(long settingId) {
            return g.settings.get((int) settingId - 1).name();
        }

        private void write() {
            String requester = child.bornOn().plusYears(16).isBefore(received) && random.nextInt(3) == 0 ? "YOUNG_PERSON"
                    : switch (random.nextInt(10)) {
                        case 0, 1, 2, 3, 4 -> "PARENT";
                        case 5, 6, 7, 8 -> "SETTING";
                        default -> "OTHER";
                    };
            Long preferred = draftResponse != null && child.setting() >= 0 ? g.settings.get(child.setting()).id() : null;
            t.assessments.add(id).add(child.id()).add(stage).add(requester).add(received)
                    .add(REASONS.get(random.nextInt(REASONS.size())))
                    .add("SEN Support plans and reviews; the school's record of the help given.")
                    .add(decidedToAssess).add(refused)
                    .add(refused == null ? null : "The school can meet the needs described from its own resources; "
                            + "outreach from the specialist team is recommended.")
                    .add(decidedToIssue).add(decidedNotToIssue)
                    .add(decidedNotToIssue == null ? null : "The assessment found the needs can be met at SEN Support "
                            + "with the provision the advice describes.")
                    .add(draft).add(draftResponse)
                    .add(draftResponse == null ? null : "We agree with the draft and ask for the school named.")
                    .add(preferred).add(finalIssued).add(named).add(Generation.at(received, 9, 15)).end();
            for (Advice a : advice) {
                t.advice.add(a.id()).add(id).add(a.source()).add(a.addressee()).add(a.requested()).add(a.due())
                        .add(a.receivedOn()).add(a.receivedOn() == null ? null
                                : "Summary of needs, outcomes sought and provision advised.")
                        .add(a.adviserId()).add(a.byAdviser()).end();
            }
            timeline.sort(Comparator.comparing(Event::on)); // stable: steps of one day stay in the order taken
            int minute = 0;
            for (Event e : timeline) {
                long eventId = g.nextId("assessment_event");
                var at = Generation.at(e.on(), 10 + minute / 60, minute % 60);
                minute = (minute + 7) % 420;
                t.events.add(eventId).add(id).add(e.type()).add(e.on()).add(at).add(e.actorId()).add(e.actor())
                        .add(e.detail()).add(e.due()).end();
                g.audit(at, e.actorId(), e.actor(), e.type().equals("REQUEST_RECEIVED") ? AuditAction.ASSESSMENT_REQUESTED
                        : AuditAction.ASSESSMENT_STEP_RECORDED, "ASSESSMENT", id, e.type().equals("REQUEST_RECEIVED") ? null : e.type());
            }
            if (decidedToIssue != null) {
                String lines = String.join("\n", advice.stream().filter(a -> a.receivedOn() != null)
                        .map(a -> a.addressee() + ", received " + UK_DATE.format(a.receivedOn())).toList());
                g.casesWithPlans.add(new Generation.PlanFacts(id, childIndex, decidedToIssue, draft, finalIssued, named,
                        lines, staff.caseworker()));
            }
        }
    }
}
