package uk.send.domain.reference;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** Primary (or secondary) area of need, as coded in the school census and the SEN2 return. */
public enum NeedCode {
    SPLD("SpLD", "Specific learning difficulty"),
    MLD("MLD", "Moderate learning difficulty"),
    SLD("SLD", "Severe learning difficulty"),
    PMLD("PMLD", "Profound and multiple learning difficulty"),
    SEMH("SEMH", "Social, emotional and mental health"),
    SLCN("SLCN", "Speech, language and communication needs"),
    HI("HI", "Hearing impairment"),
    VI("VI", "Vision impairment"),
    MSI("MSI", "Multi-sensory impairment"),
    PD("PD", "Physical disability"),
    ASD("ASD", "Autistic spectrum disorder"),
    OTH("OTH", "Other difficulty or disability"),
    NSA("NSA", "SEN support but no specialist assessment of type of need");

    private final String code;
    private final String description;

    NeedCode(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The code as the census writes it, e.g. "SpLD". */
    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** The need for a census code, ignoring case and surrounding spaces ("spld" and "SpLD" both work). */
    public static NeedCode fromCode(String code) {
        String wanted = Objects.requireNonNull(code, "Need code is required").strip();
        for (NeedCode need : values()) {
            if (need.code.equalsIgnoreCase(wanted)) {
                return need;
            }
        }
        throw new IllegalArgumentException("Need code must be one of " + Arrays.stream(values())
                .map(NeedCode::code)
                .collect(Collectors.joining(", ")));
    }
}
