package uk.send.domain.reference;

/** The kind of school or other setting a child attends or is placed in. */
public enum SettingType {
    MAINSTREAM_MAINTAINED("Mainstream school (maintained)", true, false),
    MAINSTREAM_ACADEMY("Mainstream school (academy or free school)", true, false),
    SPECIAL_MAINTAINED("Special school (maintained)", false, true),
    SPECIAL_ACADEMY("Special school (academy or free school)", false, true),
    RESOURCE_BASE("Resource base (enhanced resource provision)", false, true),
    INMSS("Independent or non-maintained special school (INMSS)", false, true),
    ALTERNATIVE_PROVISION("Alternative provision", false, false),
    POST_16("Post-16 (further education college)", false, false),
    EARLY_YEARS("Early years setting", false, false);

    private final String label;
    private final boolean mainstream;
    private final boolean specialist;

    SettingType(String label, boolean mainstream, boolean specialist) {
        this.label = label;
        this.mainstream = mainstream;
        this.specialist = specialist;
    }

    public String label() {
        return label;
    }

    /**
     * A mainstream school, maintained or academy. A resource base is attached to a mainstream school
     * but counts as specialist, not mainstream.
     */
    public boolean isMainstream() {
        return mainstream;
    }

    /** A special school, a resource base, or an INMSS. */
    public boolean isSpecialist() {
        return specialist;
    }
}
