package uk.send.pathway.plan;

import java.time.LocalDate;
import java.util.List;

import uk.send.pathway.calendar.DeadlineStatus;

/**
 * A plan's reviews as the caseworker sees them: when the next is due and where that stands today, the review in
 * progress (if any), the ones before it, why the plan ceased (if it has), the one next action, and the plan's
 * version, which each review form carries so that a concurrent change is caught.
 */
public record ReviewRecord(long planId, long childId, String childName, LocalDate dateOfBirth, LocalDate reviewDueOn,
                           DeadlineStatus dueStatus, LocalDate overdueMarkedOn, ReviewView current,
                           List<ReviewView> past, LocalDate ceasedOn, CeaseReason ceaseReason, NextAction next,
                           int version) {

    public ReviewRecord {
        past = List.copyOf(past);
    }
}
