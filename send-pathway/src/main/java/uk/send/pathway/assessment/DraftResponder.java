package uk.send.pathway.assessment;

import uk.send.domain.access.Role;

/**
 * Who answered a draft plan online: the parent or carer, or the young person aged 16 or over who holds their own
 * account and makes the decisions themselves (Children and Families Act 2014 s.80). Kept by role, never by name, so
 * that the caseworker, the timeline and the audit trail can say whose answer it is.
 */
public enum DraftResponder {
    PARENT("the parent or carer"),
    YOUNG_PERSON("the young person");

    private final String words;

    DraftResponder(String words) {
        this.words = words;
    }

    /** The responder a family account answers as; any other role does not answer a draft online. */
    public static DraftResponder of(Role role) {
        return switch (role) {
            case PARENT -> PARENT;
            case YOUNG_PERSON -> YOUNG_PERSON;
            default -> throw new IllegalArgumentException("Only a parent or a young person answers a draft online");
        };
    }

    /** Who, in the audit trail's words ("online by the young person"): a role, never a name. */
    public String words() {
        return words;
    }
}
