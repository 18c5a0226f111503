package uk.send.pathway.plan;

import java.time.LocalDate;

/**
 * Read model: one EHC plan in an administrator's export: the child, when the plan was first issued as final,
 * its latest issued version (kind and date) and the placement that version names, and when it ceased.
 */
public record PlanExportRow(long planId, long childId, String childReference, String givenName, String familyName,
                            LocalDate dateOfBirth, String upn, LocalDate firstIssued, VersionKind latestKind,
                            LocalDate latestIssued, String placementUrn, String placementName, LocalDate ceasedOn) {

    @Override
    public String toString() {
        return "PlanExportRow[planId=" + planId + "]";
    }
}
