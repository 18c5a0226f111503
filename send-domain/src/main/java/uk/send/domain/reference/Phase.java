package uk.send.domain.reference;

/** The phase of education a setting serves. */
public enum Phase {
    EARLY_YEARS("Early years"),
    PRIMARY("Primary"),
    SECONDARY("Secondary"),
    POST_16("Post-16"),
    ALL_THROUGH("All-through");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
