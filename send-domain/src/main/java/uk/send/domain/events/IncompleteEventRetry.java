package uk.send.domain.events;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits event publications whose listener failed (or whose instance stopped before it ran), once
 * they are older than the retry interval, so that a module that missed an event catches up without
 * anyone noticing. Outstanding publications are also republished when the application starts
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 *
 * <p>With several instances on one database the job runs on one at a time: the {@code shedlock} row
 * {@value #LOCK} is held for at least 30 seconds, so the other instances skip that run.
 */
@Component
class IncompleteEventRetry {

    /** The name of this job's row in the {@code shedlock} table. */
    static final String LOCK = "incomplete-event-retry";

    private static final Logger log = LoggerFactory.getLogger(IncompleteEventRetry.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    IncompleteEventRetry(IncompleteEventPublications incomplete,
                         @Value("${send.events.retry-older-than:PT5M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${send.events.retry-interval:PT5M}", initialDelayString = "${send.events.retry-interval:PT5M}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    void resubmit() {
        log.info("Resubmitting event publications incomplete for over {}", olderThan);
        incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
    }
}
