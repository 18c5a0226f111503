package uk.send.domain.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each account holder's choice of the emails they are sent ({@code notification_preference}): every kind is on
 * until turned off, and a kind that is always sent (a statutory notice) cannot be turned off. Read and changed
 * only for the signed-in account itself, so it takes an account id, never someone else's.
 */
@Service
public class NotificationPreferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationPreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every kind, in order, with whether this account is emailed it. */
    @Transactional(readOnly = true)
    public List<NoticePreference> of(long accountId) {
        Map<NoticeKind, Boolean> stored = new EnumMap<>(NoticeKind.class);
        jdbc.sql("select kind, email_on from notification_preference where account_id = :a")
                .param("a", accountId)
                .query((rs, n) -> stored.put(NoticeKind.valueOf(rs.getString(1)), rs.getBoolean(2))).list();
        return Arrays.stream(NoticeKind.values())
                .map(k -> new NoticePreference(k, k.alwaysSent() || stored.getOrDefault(k, true))).toList();
    }

    /** Whether this account is emailed this kind. */
    @Transactional(readOnly = true)
    public boolean wants(long accountId, NoticeKind kind) {
        if (kind.alwaysSent()) {
            return true;
        }
        return jdbc.sql("select email_on from notification_preference where account_id = :a and kind = :k")
                .param("a", accountId).param("k", kind.name()).query(Boolean.class).optional().orElse(true);
    }

    /**
     * Stores the account holder's choice for each optional kind; a kind not in {@code emailOn} is turned off (a
     * form's unticked box is not sent). Kinds that are always sent are ignored.
     */
    @Transactional
    public void choose(long accountId, java.util.Set<NoticeKind> emailOn) {
        Timestamp now = Timestamp.from(clock.instant());
        for (NoticeKind kind : NoticeKind.values()) {
            if (kind.alwaysSent()) {
                continue;
            }
            jdbc.sql("""
                            insert into notification_preference (account_id, kind, email_on, changed_at)
                            values (:a, :k, :on, :t)
                            on conflict (account_id, kind) do update set email_on = excluded.email_on, changed_at = excluded.changed_at""")
                    .param("a", accountId).param("k", kind.name()).param("on", emailOn.contains(kind)).param("t", now)
                    .update();
        }
    }
}
