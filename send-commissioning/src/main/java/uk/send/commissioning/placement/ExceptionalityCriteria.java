package uk.send.commissioning.placement;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The council's exceptionality criteria a new INMSS placement must meet, each answered with evidence before it
 * can be approved ({@code send.commissioning.inmss.criteria}, in order). The defaults are a starting point; each
 * council words its own.
 */
@ConfigurationProperties("send.commissioning.inmss")
public record ExceptionalityCriteria(@DefaultValue({
        "No maintained, academy or resource base place in or near the area can meet the needs in section F of the plan",
        "Outreach and specialist support to the current setting have been tried and reviewed, and could not meet the needs",
        "The placement was agreed by the multi-agency placement panel as the only one that can meet the needs",
        "Health and social care were asked to contribute and their shares of the cost are agreed"})
        List<String> criteria) {

    public static final int CRITERION_MAX = 500;

    public ExceptionalityCriteria {
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("send.commissioning.inmss.criteria: at least one criterion is required");
        }
        for (String criterion : criteria) {
            if (criterion.isBlank() || criterion.length() > CRITERION_MAX) {
                throw new IllegalArgumentException("send.commissioning.inmss.criteria: each criterion is 1 to "
                        + CRITERION_MAX + " characters");
            }
        }
    }
}
