package uk.send.domain.support;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service works in London time: every date is a London date. Tests replace the clock. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(LONDON);
    }
}
