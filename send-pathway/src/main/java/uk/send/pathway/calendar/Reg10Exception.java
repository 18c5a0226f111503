package uk.send.pathway.calendar;

/**
 * The reasons in regulation 10(4) of the SEND Regulations 2014 for which the council need not meet an
 * assessment time limit because meeting it is impractical.
 *
 * <p>A closure ({@link #isClosure()}) is recorded as the closure itself: its first and last closed days, at
 * least {@value #MINIMUM_CONTINUOUS_DAYS} days in a row. The exception covers advice asked of the school or
 * provider from one week before the closure starts until one week before it reopens; see
 * {@link AssessmentException#coversAdviceRequestedOn}.
 */
public enum Reg10Exception {

    /**
     * (a) Advice asked of a school or post-16 institution from a week before a closure of at least 4 weeks until
     * a week before it reopens.
     */
    SCHOOL_CLOSURE("reg 10(4)(a)", "School or college closed for at least 4 weeks", true, true),
    /** (b) The same for a provider of early years education. */
    EARLY_YEARS_CLOSURE("reg 10(4)(b)", "Early years provider closed for at least 4 weeks", true, true),
    /** (c) Exceptional personal circumstances affecting the child, the parent or the young person. */
    EXCEPTIONAL_PERSONAL_CIRCUMSTANCES("reg 10(4)(c)", "Exceptional personal circumstances", false, false),
    /** (d) The child, parent or young person away from the council's area for at least 4 continuous weeks. */
    AWAY_FROM_AREA("reg 10(4)(d)", "Away from the area for at least 4 weeks", false, true);

    /** "At least 4 continuous weeks", counting both the first and the last day. */
    public static final int MINIMUM_CONTINUOUS_DAYS = 28;

    private final String reference;
    private final String description;
    private final boolean closure;
    private final boolean needsFourWeeks;

    Reg10Exception(String reference, String description, boolean closure, boolean needsFourWeeks) {
        this.reference = reference;
        this.description = description;
        this.closure = closure;
        this.needsFourWeeks = needsFourWeeks;
    }

    /** For example {@code "reg 10(4)(a)"}. */
    public String reference() {
        return reference;
    }

    /** A short description for people to read. */
    public String description() {
        return description;
    }

    /** True when the dates recorded are a school's or provider's closure. */
    public boolean isClosure() {
        return closure;
    }

    /** True when the regulation requires the period to last at least 4 continuous weeks. */
    public boolean needsFourContinuousWeeks() {
        return needsFourWeeks;
    }
}
