package uk.send.domain.notifications;

import java.sql.Timestamp;
import java.time.Clock;

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
        jdbc.sql("insert into notification_outbox (account_id, subject, body, created_at) values (:a, :s, :b, :t)")
                .param("a", accountId).param("s", email.subject()).param("b", email.body())
                .param("t", Timestamp.from(clock.instant())).update();
    }
}
