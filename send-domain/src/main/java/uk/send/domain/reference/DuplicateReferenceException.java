package uk.send.domain.reference;

/** A code, name or URN that must be unique is already taken; {@link #field()} names which. */
public class DuplicateReferenceException extends RuntimeException {

    private final String field;

    public DuplicateReferenceException(String field) {
        super(field + " is already in use");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
