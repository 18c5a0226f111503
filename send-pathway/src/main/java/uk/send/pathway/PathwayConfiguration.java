package uk.send.pathway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.send.pathway.calendar.StatutoryCalendar;

/** The one statutory calendar every deadline in the pathway comes from. */
@Configuration(proxyBeanMethods = false)
class PathwayConfiguration {

    @Bean
    StatutoryCalendar statutoryCalendar() {
        return new StatutoryCalendar();
    }
}
