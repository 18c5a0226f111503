package uk.send.pathway.support;

import java.time.LocalDate;

import uk.send.domain.reference.NeedCode;

/** The rows of the SENCO's dashboard lists: the pupil, and what puts them on the list. */
public final class DashboardEntry {

    private DashboardEntry() {
    }

    /** A pupil whose cycle in progress is due for review within four weeks, or overdue; the cycle's tier code or null. */
    public record ReviewDue(long childId, String givenName, String familyName, String upn, NeedCode primaryNeed,
                            long planId, int cycle, LocalDate startsOn, LocalDate reviewDue, boolean overdue,
                            String tier) {

        public String fullName() {
            return givenName + " " + familyName;
        }
    }

    /**
     * A pupil at SEN Support (K) with no cycle in progress: when they were added here (null: not recorded), and their
     * last review here and its next step, if any.
     */
    public record WithoutPlan(long childId, String givenName, String familyName, String upn, NeedCode primaryNeed,
                              LocalDate addedOn, LocalDate lastReviewedOn, NextStep lastNextStep) {

        public String fullName() {
            return givenName + " " + familyName;
        }
    }

    /**
     * A pupil whose plan has not moved in two cycles: the dates of the two reviews (both "continue", no outcome
     * achieved or exceeded), how many cycles were reviewed here, and the cycle in progress (null: none).
     */
    public record NotMoving(long childId, String givenName, String familyName, String upn, NeedCode primaryNeed,
                            LocalDate earlierReviewOn, LocalDate lastReviewOn, int cyclesReviewed, Long planId,
                            LocalDate reviewDue, String tier) {

        public String fullName() {
            return givenName + " " + familyName;
        }
    }
}
