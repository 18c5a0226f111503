package uk.send.domain.notifications;

/**
 * Whether an account holder is emailed one kind of notice.
 *
 * @param emailOn whether it is sent (always true for a kind that is always sent)
 */
public record NoticePreference(NoticeKind kind, boolean emailOn) {

    public boolean alwaysSent() {
        return kind.alwaysSent();
    }
}
