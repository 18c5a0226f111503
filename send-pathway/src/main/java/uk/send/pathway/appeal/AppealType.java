package uk.send.pathway.appeal;

/** What a family appeals against (Children and Families Act 2014 s.51(2)). */
public enum AppealType {
    /** A refusal to carry out an EHC needs assessment (s.51(2)(a)). */
    REFUSAL_TO_ASSESS,
    /** A decision not to issue a plan after assessing (s.51(2)(b)). */
    REFUSAL_TO_ISSUE,
    /** The needs or provision in a plan (s.51(2)(c)(i), (ii)). */
    CONTENTS,
    /** Only the school or other institution, or type, named in a plan (s.51(2)(c)(iii), (iv)). */
    PLACEMENT,
    /** A refusal to reassess (s.51(2)(d)). */
    REFUSAL_TO_REASSESS,
    /** A decision not to amend a plan after a review or reassessment (s.51(2)(e)). */
    REFUSAL_TO_AMEND,
    /** A decision to cease to maintain a plan (s.51(2)(f)). */
    CEASE;

    /** Whether the family needs a mediation certificate before appealing: for all but placement only. */
    public boolean needsCertificate() {
        return this != PLACEMENT;
    }
}
