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

    private final JdbcClient jdbc;
    private final Clock clock;

    Notifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
