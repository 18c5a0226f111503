package uk.send.web.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired sessions from the database once a minute, on one instance only (a ShedLock lock named
 * {@code session-cleanup}). Spring Session's own clean-up job is turned off
 * ({@code spring.session.jdbc.cleanup-cron=-}) because it would run the same delete on every instance.
 */
@Component
class SessionCleanup {

    private final JdbcIndexedSessionRepository sessions;

    SessionCleanup(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "${send.sessions.cleanup-cron:0 * * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "session-cleanup", lockAtMostFor = "PT5M", lockAtLeastFor = "PT30S")
    void deleteExpired() {
        sessions.cleanUpExpiredSessions();
    }
}
