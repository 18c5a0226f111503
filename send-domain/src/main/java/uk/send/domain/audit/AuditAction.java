package uk.send.domain.audit;

/** What happened. Stored by name: add to the end, never rename. */
public enum AuditAction {
    SIGNED_IN,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    SIGNED_OUT,
    ACCESS_DENIED,
    CHILD_VIEWED,
    CHILD_SEARCHED,
    CHILD_CREATED,
    CHILD_UPDATED,
    CARER_LINKED,
    CARER_UNLINKED,
    USER_CREATED,
    USER_UPDATED,
    USER_UNLOCKED,
    PASSWORD_CHANGED,
    FOOTPRINT_CREATED,
    FOOTPRINT_UPDATED,
    SETTING_CREATED,
    SETTING_UPDATED
}
