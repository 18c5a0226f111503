package uk.send.domain.access;

/** What an emailed single-use link is for. */
public enum LinkPurpose {
    /** "Forgotten your password?": choose a new one. */
    PASSWORD_RESET,
    /** An invited account's first sign-in: choose a password. */
    INVITATION
}
