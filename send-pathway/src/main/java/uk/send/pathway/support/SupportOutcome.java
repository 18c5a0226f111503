package uk.send.pathway.support;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import uk.send.pathway.plan.OutcomeTag;

/**
 * An outcome of a support plan, tagged to the outcomes framework co-produced with families, with the progress
 * the review found (none until then).
 */
@Embeddable
public record SupportOutcome(
        @Column(name = "outcome", nullable = false, length = 2000) String outcome,
        @Enumerated(EnumType.STRING) @Column(name = "tag", nullable = false, length = 40) OutcomeTag tag,
        @Enumerated(EnumType.STRING) @Column(name = "progress", length = 20) Progress progress,
        @Column(name = "progress_note", length = 2000) String progressNote) {

    public SupportOutcome {
        if (outcome == null || outcome.isBlank() || tag == null) {
            throw new IllegalArgumentException("An outcome says what and is tagged to the outcomes framework");
        }
        outcome = outcome.strip();
    }

    SupportOutcome withProgress(Progress newProgress, String note) {
        return new SupportOutcome(outcome, tag, newProgress, note == null || note.isBlank() ? null : note.strip());
    }

    /** The same outcome for the next cycle, before its progress is known. */
    SupportOutcome carriedForward() {
        return new SupportOutcome(outcome, tag, null, null);
    }
}
