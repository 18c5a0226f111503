package uk.send.domain.notifications;

import java.util.Objects;

/**
 * An email's words: a subject that names no one (subject lines are seen on lock screens and in logs of mail
 * servers) and a plain-text body.
 */
public record Email(String subject, String body) {

    /** The longest subject the outbox holds. */
    public static final int SUBJECT_MAX = 200;
    /** The longest body the outbox holds. */
    public static final int BODY_MAX = 20000;

    public Email {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (subject.isBlank() || subject.length() > SUBJECT_MAX || body.length() > BODY_MAX) {
            throw new IllegalArgumentException("An email needs a subject of at most " + SUBJECT_MAX
                    + " characters and a body of at most " + BODY_MAX);
        }
    }
}
