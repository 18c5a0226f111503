package uk.send.domain.access;

/**
 * The viewer asked for a record outside their scope. The refusal has already been audited when this
 * is thrown; the web layer answers 403.
 */
public class NotInScopeException extends RuntimeException {
    public NotInScopeException(String entityType) {
        super(entityType + " is outside the viewer's scope");
    }
}
