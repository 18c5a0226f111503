package uk.send.pathway.support;

import java.time.LocalDate;

import uk.send.pathway.plan.OutcomeTag;

/** A change to one cycle of a support plan, sent to {@link SupportPlans#change}. */
public sealed interface SupportPlanCommand {

    record AddOutcome(String outcome, OutcomeTag tag) implements SupportPlanCommand {
    }

    record RemoveOutcome(int index) implements SupportPlanCommand {
    }

    record AddProvision(ProvisionItem provision) implements SupportPlanCommand {
    }

    record RemoveProvision(int index) implements SupportPlanCommand {
    }

    /** Share the plan with the child's parents and carers, or stop sharing it. */
    record Share(boolean shared) implements SupportPlanCommand {
    }

    /** The progress the review found towards one outcome (by its position, 0 first). */
    record RecordProgress(int index, Progress progress, String note) implements SupportPlanCommand {
    }

    /**
     * The review: the child's and parents' views, notes and the next step. Unless the pupil no longer has SEN,
     * the next cycle opens on the review date with the same outcomes and provision, reviewed on
     * {@code nextReviewDue} or after the configured interval. While tiers of support are in force (ADR 6),
     * {@code nextTier} is the tier the next cycle is written in (null: the same tier, if still in force); while they
     * are off it must be null.
     */
    record Review(LocalDate reviewedOn, NextStep nextStep, String childViews, String parentViews, String notes,
                  LocalDate nextReviewDue, String nextTier) implements SupportPlanCommand {

        /** A review that keeps the plan's tier (or, with tiers off, has none). */
        public Review(LocalDate reviewedOn, NextStep nextStep, String childViews, String parentViews, String notes,
                      LocalDate nextReviewDue) {
            this(reviewedOn, nextStep, childViews, parentViews, notes, nextReviewDue, null);
        }
    }
}
