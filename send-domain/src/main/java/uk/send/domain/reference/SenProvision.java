package uk.send.domain.reference;

import java.util.Locale;
import java.util.Objects;

/** SEN provision as recorded in the school census; the enum name is the census code. */
public enum SenProvision {
    N("No special educational need"),
    K("SEN support"),
    E("EHC plan");

    private final String label;

    SenProvision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The census code: "N", "K" or "E". */
    public String code() {
        return name();
    }

    /** The provision for a census code, ignoring case and surrounding spaces. */
    public static SenProvision fromCode(String code) {
        String wanted = Objects.requireNonNull(code, "SEN provision code is required").strip().toUpperCase(Locale.ROOT);
        for (SenProvision provision : values()) {
            if (provision.name().equals(wanted)) {
                return provision;
            }
        }
        throw new IllegalArgumentException("SEN provision code must be N, K or E");
    }
}
