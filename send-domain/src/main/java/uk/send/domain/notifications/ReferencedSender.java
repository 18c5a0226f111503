package uk.send.domain.notifications;

/**
 * What the senders that deliver somewhere (SMTP, GOV.UK Notify) have in common: the channel they are, and that an
 * email sent without an outbox row goes the same way with no reference.
 */
abstract class ReferencedSender implements NotificationSender {

    private final Channel channel;

    ReferencedSender(Channel channel) {
        this.channel = channel;
    }

    @Override
    public final Channel channel() {
        return channel;
    }

    @Override
    public final void send(String to, Email email) {
        send(null, to, email);
    }

    /** Delivers one email; {@code reference} is null when it does not come from the outbox. */
    @Override
    public abstract void send(String reference, String to, Email email);
}
