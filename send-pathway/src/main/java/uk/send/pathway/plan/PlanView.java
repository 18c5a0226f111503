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
                       LocalDate reviewDueOn, CeaseReason ceaseReason, NextAction next, boolean reviewOpen) {

    public PlanView {
        issued = List.copyOf(issued);
    }

    /** A plan as it was before reviews: none due, none open. */
    public PlanView(long id, long childId, String childName, LocalDate dateOfBirth, Long originAssessmentId,
                    LocalDate ceasedOn, PlanVersionView working, List<PlanVersionView> issued) {
        this(id, childId, childName, dateOfBirth, originAssessmentId, ceasedOn, working, issued, null, null, null, false);
    }

    /** Whether the viewer may change the working copy (it is shown to caseworkers only). */
    public boolean editable() {
        return working != null && ceasedOn == null;
    }
}
