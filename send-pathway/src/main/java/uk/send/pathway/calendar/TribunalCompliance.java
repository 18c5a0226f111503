package uk.send.pathway.calendar;

import java.util.List;

/**
 * What the council must do after an appeal to the First-tier Tribunal (SEND) ends in its favour for the family,
 * and the periods it has for each step: from the day of the tribunal's order (reg 44) or, where the council
 * conceded the appeal, from its notice to the tribunal that it would not oppose it (reg 45).
 */
public enum TribunalCompliance {

    /** Ordered to assess or reassess (reg 44(2)(b)). */
    ORDER_ASSESS(StatutoryPeriod.ORDER_NOTIFY_WILL_ASSESS, StatutoryPeriod.ORDER_DECIDE_NO_PLAN,
            StatutoryPeriod.ORDER_FINALISED_PLAN),
    /** Ordered to make and maintain a plan (reg 44(2)(c)). */
    ORDER_MAKE_PLAN(StatutoryPeriod.ORDER_DRAFT_PLAN, StatutoryPeriod.ORDER_FINAL_PLAN),
    /** The case referred back to the council to reconsider (reg 44(2)(d)). */
    ORDER_RECONSIDER(StatutoryPeriod.ORDER_RECONSIDER),
    /** Ordered to amend the plan's needs or provision (reg 44(2)(e)). */
    ORDER_AMEND_PLAN(StatutoryPeriod.ORDER_AMENDED_PLAN),
    /** Ordered only to change the school or type of school named (reg 44(2)(f)). */
    ORDER_AMEND_PLACEMENT(StatutoryPeriod.ORDER_AMENDED_PLACEMENT),
    /** Conceded an appeal against a refusal to assess or reassess (reg 45(3), (3A)). */
    CONCEDED_ASSESS(StatutoryPeriod.TRIBUNAL_NOTIFY_WILL_ASSESS, StatutoryPeriod.TRIBUNAL_DECIDE_NO_PLAN,
            StatutoryPeriod.TRIBUNAL_FINALISED_PLAN),
    /** Conceded an appeal about the plan's contents or a refusal to amend it (reg 45(4)). */
    CONCEDED_AMEND(StatutoryPeriod.TRIBUNAL_AMENDED_PLAN);

    private final List<StatutoryPeriod> periods;

    TribunalCompliance(StatutoryPeriod first, StatutoryPeriod... more) {
        this.periods = java.util.stream.Stream.concat(java.util.stream.Stream.of(first), java.util.stream.Stream.of(more))
                .toList();
    }

    /** The periods of the steps, the first due first. */
    public List<StatutoryPeriod> periods() {
        return periods;
    }

    /** True for a concession (counted from the notice to the tribunal), false for an order (from the order). */
    public boolean isConcession() {
        return name().startsWith("CONCEDED_");
    }
}
