package uk.send.pathway.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/**
 * A SMART outcome in section E: what the child or young person will achieve, the steps towards it, by
 * when, and (from Year 9) the preparing-for-adulthood area it serves.
 */
@Embeddable
public record Outcome(
        @Column(name = "outcome", nullable = false, length = 2000) String outcome,
        @Column(name = "steps", nullable = false, length = 4000) String steps,
        @Column(name = "by_when", nullable = false) LocalDate byWhen,
        @Enumerated(EnumType.STRING) @Column(name = "adulthood_area", length = 30) AdulthoodArea adulthoodArea,
        @Enumerated(EnumType.STRING) @Column(name = "tag", length = 40) OutcomeTag tag) {

    public Outcome {
        if (outcome == null || outcome.isBlank() || steps == null || steps.isBlank() || byWhen == null) {
            throw new IllegalArgumentException("An outcome needs what, the steps and by when");
        }
        outcome = outcome.trim();
        steps = steps.trim();
    }
}
