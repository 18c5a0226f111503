package uk.send.domain.events;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling, for the resubmission of incomplete event publications. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventsConfiguration {
}
