package uk.send.pathway.plan;

/**
 * Why an EHC plan ceased, as the SEN2 return codes it (module 4, reason the plan ceased), with the code returned.
 * A plan may cease only where it is no longer necessary for the council to maintain it (CFA 2014 s.45).
 */
public enum CeaseReason {
    MAXIMUM_AGE("1"),
    NEEDS_MET_WITHOUT_PLAN("2"),
    HIGHER_EDUCATION("3"),
    PAID_EMPLOYMENT("4"),
    TRANSFERRED_TO_ANOTHER_LA("5"),
    NO_LONGER_ENGAGING("6"),
    MOVED_OUTSIDE_ENGLAND("7"),
    DECEASED("8"),
    OTHER("9");

    private final String sen2Code;

    CeaseReason(String sen2Code) {
        this.sen2Code = sen2Code;
    }

    /** The code the SEN2 return gives this reason. */
    public String sen2Code() {
        return sen2Code;
    }
}
