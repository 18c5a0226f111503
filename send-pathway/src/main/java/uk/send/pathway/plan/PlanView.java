package uk.send.pathway.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A child's EHC plan as the viewer may see it: who it is for, the assessment it came from (if any), the
 * issued versions oldest first and, for a caseworker only, the working copy (null for everyone else).
 */
public record PlanView(long id, long childId, String childName, LocalDate dateOfBirth, Long originAssessmentId,
                       LocalDate ceasedOn, PlanVersionView working, List<PlanVersionView> issued) {

    public PlanView {
        issued = List.copyOf(issued);
    }

    /** Whether the viewer may change the working copy (it is shown to caseworkers only). */
    public boolean editable() {
        return working != null && ceasedOn == null;
    }
}
