package uk.send.domain.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The port modules queue emails through. An email is written to the outbox in the caller's transaction
 * (one is required), so it exists exactly when the change it tells of was committed, and is sent after.
 */
@Service
public class Notifications {

    /** The longest key a notice may carry. */
    public static final int KEY_MAX = 200;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final NotificationPreferences preferences;

    Notifications(JdbcClient jdbc, Clock clock, NotificationPreferences preferences) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.preferences = preferences;
    }

    /** Queues an email to an account holder, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(long accountId, Email email) {
        insert(accountId, email, false);
    }

    /**
     * Queues an email that carries a single-use link, in the caller's transaction: once it has been delivered
     * (by SMTP or Notify) its body is replaced by a notice, so the link lives on only in the recipient's inbox.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queueWithLink(long accountId, Email email) {
        insert(accountId, email, true);
    }

    /**
     * Queues a notice about a family's case to an account holder, in the caller's transaction, unless they have
     * turned that kind off (a statutory notice is always sent) or a notice with the same key was queued before:
     * the key names what is told and to whom, so an event delivered again, or a reminder job run twice, queues
     * nothing more. The key takes the whole statement: two transactions queueing the same key at once see one
     * wait for the other and then skip.
     *
     * @return whether it was queued
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean queueNotice(long accountId, NoticeKind kind, String key, Email email) {
        if (key == null || key.isBlank() || key.length() > KEY_MAX) {
            throw new IllegalArgumentException("A notice needs a key of at most " + KEY_MAX + " characters");
        }
        if (!preferences.wants(accountId, kind)) {
            return false;
        }
        return jdbc.sql("""
                        insert into notification_outbox (account_id, subject, body, created_at, redact_after_send, notice_key)
                        values (:a, :s, :b, :t, false, :k)
                        on conflict (notice_key) where notice_key is not null do nothing""")
                .param("a", accountId).param("s", email.subject()).param("b", email.body())
                .param("t", Timestamp.from(clock.instant())).param("k", key).update() == 1;
    }

    private void insert(long accountId, Email email, boolean redact) {
        jdbc.sql("""
                        insert into notification_outbox (account_id, subject, body, created_at, redact_after_send)
                        values (:a, :s, :b, :t, :r)""")
                .param("a", accountId).param("s", email.subject()).param("b", email.body())
                .param("t", Timestamp.from(clock.instant())).param("r", redact).update();
    }

    /** The outbox, newest first, one page of it (for the administrator's sent-mail page). */
    @Transactional(readOnly = true)
    public Page<OutboxEntry> outbox(Pageable pageable) {
        long total = jdbc.sql("select count(*) from notification_outbox").query(Long.class).single();
        List<OutboxEntry> rows = jdbc.sql("""
                        select o.id, u.email, o.subject, null as body, o.created_at, o.sent_at, o.attempts, o.delivered_by
                        from notification_outbox o join app_user u on u.id = o.account_id
                        order by o.created_at desc, o.id desc limit :limit offset :offset""")
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(ENTRY).list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** One email with its text. */
    @Transactional(readOnly = true)
    public Optional<OutboxEntry> email(long id) {
        return jdbc.sql("""
                        select o.id, u.email, o.subject, o.body, o.created_at, o.sent_at, o.attempts, o.delivered_by
                        from notification_outbox o join app_user u on u.id = o.account_id where o.id = :id""")
                .param("id", id).query(ENTRY).optional();
    }

    private static final RowMapper<OutboxEntry> ENTRY = (rs, n) -> new OutboxEntry(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getString(4), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), rs.getInt(7),
            rs.getString(8) == null ? null : Channel.valueOf(rs.getString(8)));

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
