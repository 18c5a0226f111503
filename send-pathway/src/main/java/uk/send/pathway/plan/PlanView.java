package uk.send.pathway.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A child's EHC plan as the viewer may see it: who it is for, the assessment it came from (if any), the
 * issued versions oldest first and, for a caseworker only, the working copy (null for everyone else); when the
 * next review is due, why the plan ceased, and whether a review is in progress. The next action (the plan page's
 * primary button) is given to caseworkers only.
 */
public record PlanView(long id, long childId, String childName, LocalDate dateOfBirth, Long originAssessmentId,
                       LocalDate ceasedOn, PlanVersionView working, List<PlanVersionView> issued,
                       LocalDate reviewDueOn, CeaseReason ceaseReason, NextAction next, boolean reviewOpen,
                       FamilyRequest familyRequest) {

    public PlanView {
        issued = List.copyOf(issued);
    }

    /**
     * What the family asked for in answer to the draft (reg 13(1)), recorded on the assessment the plan came from:
     * shown beside the empty section I of a draft, never as section I (CFA 2014 s.38(5)).
     *
     * @param settingName the school or setting they asked to be named, or null if they asked for none
     * @param respondedOn when their response was received, or null if it has not been
     */
    public record FamilyRequest(String settingName, LocalDate respondedOn) {
    }

    /**
     * The last day to appeal to the tribunal against ceasing the plan (2 months from the decision, from the
     * calendar), or null for a plan that has not ceased. A later mediation certificate gives 1 month from it.
     */
    public LocalDate appealBy() {
        return ceasedOn == null ? null : new uk.send.pathway.calendar.StatutoryCalendar().appealBy(ceasedOn);
    }

    /** Whether a later version has been issued since this one (the number of an issued version). */
    public boolean superseded(int number) {
        return issued.stream().anyMatch(v -> v.number() > number);
    }

    /** The issued version that replaced this one (the next issued after it), or null if none has. */
    public Integer supersededBy(int number) {
        return issued.stream().map(PlanVersionView::number).filter(n -> n > number).min(Integer::compare).orElse(null);
    }

    /** A plan as it was before reviews: none due, none open. */
    public PlanView(long id, long childId, String childName, LocalDate dateOfBirth, Long originAssessmentId,
                    LocalDate ceasedOn, PlanVersionView working, List<PlanVersionView> issued) {
        this(id, childId, childName, dateOfBirth, originAssessmentId, ceasedOn, working, issued, null, null, null, false, null);
    }

    /** Whether the viewer may change the working copy (it is shown to caseworkers only). */
    public boolean editable() {
        return working != null && ceasedOn == null;
    }
}
