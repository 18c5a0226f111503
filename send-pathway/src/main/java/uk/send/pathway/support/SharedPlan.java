package uk.send.pathway.support;

import java.time.LocalDate;

/** A support plan a school has shared with the family, in a parent's list. */
public record SharedPlan(long planId, long childId, String childName, String settingName, int cycle, PlanStatus status,
                         LocalDate startsOn, LocalDate reviewDue) {

    @Override
    public String toString() {
        return "SharedPlan[planId=" + planId + "]";
    }
}
