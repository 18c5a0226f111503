package uk.send.pathway.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;

import uk.send.pathway.calendar.StatutoryCalendar;

/**
 * What a council configures about EHC plan reviews ({@code send.reviews.*}): how many months apart children under 5
 * are reviewed, 3 to 6 (Code of Practice 9.178), 6 by default. Anything else is refused when the service starts.
 */
@ConfigurationProperties("send.reviews")
public record ReviewPolicy(Integer underFiveMonths) {

    public ReviewPolicy {
        underFiveMonths = StatutoryCalendar.requireUnderFiveInterval(underFiveMonths == null ? 6 : underFiveMonths);
    }

    public static ReviewPolicy defaults() {
        return new ReviewPolicy(null);
    }
}
