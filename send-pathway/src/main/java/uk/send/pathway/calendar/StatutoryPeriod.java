package uk.send.pathway.calendar;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * Every statutory period the service counts, with its length and where it comes from: the one table in code.
 *
 * <p>Most rows are time limits ("within 6 weeks of"): {@link #from(LocalDate)} gives the due date, the last
 * day on which the step is on time. Rows for which {@link #isMinimum()} is true are minimum periods ("at least
 * 15 days, beginning on the day ... served"): the window includes its start date, so {@link #from(LocalDate)}
 * is the first day after the window, the earliest day the next step may be taken.
 *
 * <p>References are to the SEND Regulations 2014 (as amended in 2015) unless they name the Code of Practice.
 * Tribunal concession periods (reg 45) count from the council's notice to the tribunal that it will not oppose
 * the appeal; the periods of an order of the tribunal (reg 44) count from the day of the order.
 */
public enum StatutoryPeriod {

    /** Notify whether the council will carry out an EHC needs assessment, from the request. */
    DECISION_TO_ASSESS(Period.ofWeeks(6), "reg 5(1)", "Decide whether to assess"),
    /** Each person asked for advice responds, from that request for advice. */
    ADVICE(Period.ofWeeks(6), "reg 8(1)", "Advice for the assessment"),
    /** Notify a decision not to issue a plan after assessing, from the request. */
    DECISION_NOT_TO_ISSUE(Period.ofWeeks(16), "reg 10(1)", "Decide not to issue a plan"),
    /** Parent or young person comments on the draft plan and may ask for a school, from the day it is sent. */
    DRAFT_COMMENTS(Period.ofDays(15), "reg 13(1)", "Comments on the draft plan", true),
    /** A school or setting consulted about being named responds, from the consultation (guidance: "should"). */
    SETTING_CONSULTATION_RESPONSE(Period.ofDays(15), "Code of Practice 9.83", "Setting responds to consultation"),
    /** Send the final plan, from the request. */
    FINAL_PLAN(Period.ofWeeks(20), "reg 13(2)", "Issue the final plan"),

    /** Appeal conceded: notify that the council will assess, from its notice to the tribunal. */
    TRIBUNAL_NOTIFY_WILL_ASSESS(Period.ofWeeks(2), "reg 45(3)", "Conceded appeal: notify will assess"),
    /** Appeal conceded, then assessed: notify that no plan is needed, from the notice to the tribunal. */
    TRIBUNAL_DECIDE_NO_PLAN(Period.ofWeeks(10), "reg 45(3A)(a)", "Conceded appeal: decide no plan"),
    /** Appeal conceded, then assessed: send the finalised plan, from the notice to the tribunal. */
    TRIBUNAL_FINALISED_PLAN(Period.ofWeeks(14), "reg 45(3A)(b)", "Conceded appeal: finalised plan"),
    /** Appeal about a plan conceded: issue the amended plan, from the notice to the tribunal. */
    TRIBUNAL_AMENDED_PLAN(Period.ofWeeks(5), "reg 45(4)", "Conceded appeal: amended plan"),

    /**
     * Everyone invited to a review meeting is given at least 2 weeks' notice of its date: from the day they are told,
     * the earliest day the meeting may be held.
     */
    REVIEW_MEETING_NOTICE(Period.ofWeeks(2), "reg 20(3)", "Notice of the review meeting", true),
    /** The school sends its review report, from the review meeting. */
    REVIEW_REPORT(Period.ofWeeks(2), "reg 20", "Review report"),
    /** The council decides to maintain, amend or cease the plan and notifies, from the review meeting. */
    REVIEW_DECISION(Period.ofWeeks(4), "reg 20", "Decision after review"),
    /** Parent or young person comments on proposed amendments, from the day they are sent. */
    AMENDMENT_COMMENTS(Period.ofDays(15), "reg 22(2)(c)", "Comments on proposed amendments", true),
    /** Issue the amended plan, from sending the proposed amendments. */
    AMENDED_PLAN(Period.ofWeeks(8), "reg 22(3)", "Issue the amended plan"),

    /** Tribunal orders an assessment: notify that the council will assess, from the order. */
    ORDER_NOTIFY_WILL_ASSESS(Period.ofWeeks(2), "reg 44(2)(b)", "Order to assess: notify will assess"),
    /** Tribunal ordered an assessment, then no plan is needed: notify, from the order. */
    ORDER_DECIDE_NO_PLAN(Period.ofWeeks(10), "reg 44(2)(b)(i)", "Order to assess: decide no plan"),
    /** Tribunal ordered an assessment, then a plan is needed: send the finalised plan, from the order. */
    ORDER_FINALISED_PLAN(Period.ofWeeks(14), "reg 44(2)(b)(ii)", "Order to assess: finalised plan"),
    /** Tribunal orders the council to make and maintain a plan: issue the draft, from the order. */
    ORDER_DRAFT_PLAN(Period.ofWeeks(5), "reg 44(2)(c)(i)", "Order to make a plan: draft"),
    /** Tribunal orders the council to make and maintain a plan: send the final plan, from the order. */
    ORDER_FINAL_PLAN(Period.ofWeeks(11), "reg 44(2)(c)(ii)", "Order to make a plan: final plan"),
    /** Tribunal refers the case back to the council to reconsider: reconsider and notify, from the order. */
    ORDER_RECONSIDER(Period.ofWeeks(2), "reg 44(2)(d)", "Case referred back: reconsider"),
    /** Tribunal orders amendments to the plan's needs or provision: issue the amended plan, from the order. */
    ORDER_AMENDED_PLAN(Period.ofWeeks(5), "reg 44(2)(e)", "Order to amend: amended plan"),
    /** Tribunal orders only the school or type of school named to change: issue the amended plan, from the order. */
    ORDER_AMENDED_PLACEMENT(Period.ofWeeks(2), "reg 44(2)(f)", "Order to change the setting: amended plan"),
    /**
     * Review the plan within 12 months of its issue, then within 12 months of the previous review. Counted in
     * months: from 29 February it falls on 28 February, the earlier day, so a review on it is never late.
     */
    ANNUAL_REVIEW(Period.ofMonths(12), "CFA 2014 s.44(1)", "Annual review"),
    /** The longest a council may set between reviews of a child under 5 ("every 3 to 6 months"). */
    UNDER_FIVE_REVIEW_LONGEST(Period.ofMonths(6), "Code of Practice 9.178", "Review of a child under 5, at the latest"),
    /** The shortest a council may set between reviews of a child under 5. */
    UNDER_FIVE_REVIEW_SHORTEST(Period.ofMonths(3), "Code of Practice 9.178", "Review of a child under 5, at the earliest"),
    /**
     * The longest a SEN Support (or individual support) plan runs before it is reviewed: the 2026 Schools White
     * Paper proposes every support plan is reviewed at least every 12 months. A proposal, not yet law: the service
     * holds SEN Support plans to it because a council's termly cycle is well inside it. Counted in months, as the
     * EHC plan's annual review is.
     */
    SUPPORT_PLAN_REVIEW_LONGEST(Period.ofMonths(12), "Schools White Paper 2026 (proposal)",
            "Support plan reviewed, at the latest"),
    /**
     * Appeal to the First-tier Tribunal (SEND) against a decision, such as ceasing a plan: within 2 months of the
     * date of the decision's notice. Counted in months, clamped to a month's end.
     */
    APPEAL(Period.ofMonths(2), "Tribunal Procedure (HESC) Rules 2008 r.20(1)(a)", "Appeal to the tribunal"),
    /** Or within 1 month of the mediation certificate, if that is later. */
    APPEAL_AFTER_MEDIATION(Period.ofMonths(1), "Tribunal Procedure (HESC) Rules 2008 r.20(1)(b)",
            "Appeal after a mediation certificate");

    private final Period length;
    private final String reference;
    private final String description;
    private final boolean minimum;

    StatutoryPeriod(Period length, String reference, String description) {
        this(length, reference, description, false);
    }

    StatutoryPeriod(Period length, String reference, String description, boolean minimum) {
        this.length = length;
        this.reference = reference;
        this.description = description;
        this.minimum = minimum;
    }

    /**
     * The length: calendar days and weeks, which never clamp to a month's end, except for the review periods,
     * which the law sets in months ({@link #inMonths()}).
     */
    public Period length() {
        return length;
    }

    /** The length in calendar days (6 weeks = 42); 0 for a period set in months. */
    public int days() {
        return length.getDays();
    }

    /** Whether the law sets this period in months (the review cycles), which a month's end clamps to its last day. */
    public boolean inMonths() {
        return length.toTotalMonths() > 0;
    }

    /** Where the period comes from, for example {@code "reg 13(2)"}. */
    public String reference() {
        return reference;
    }

    /** A short description for people to read. */
    public String description() {
        return description;
    }

    /** True for a minimum period ("at least"), false for a time limit ("within"). */
    public boolean isMinimum() {
        return minimum;
    }

    /**
     * {@code start} plus the length. For a time limit, the due date (on time if done on or before it); for a
     * minimum period, the first day after it.
     */
    public LocalDate from(LocalDate start) {
        return Objects.requireNonNull(start, "start date is required").plus(length);
    }
}
