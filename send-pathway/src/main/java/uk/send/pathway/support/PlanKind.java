package uk.send.pathway.support;

/**
 * The form a support plan takes: today's SEN Support plan, or the White Paper's individual support plan once
 * it is law. The kind new plans are written as is configuration ({@link SupportPolicy#planKind()}).
 */
public enum PlanKind {
    SEN_SUPPORT_PLAN, INDIVIDUAL_SUPPORT_PLAN
}
