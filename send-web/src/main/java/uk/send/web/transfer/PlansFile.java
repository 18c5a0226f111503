package uk.send.web.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.Upn;
import uk.send.domain.reference.Urn;
import uk.send.pathway.plan.CeaseReason;
import uk.send.pathway.plan.MigratedPlan;

/**
 * The EHC plans migration template (docs/data-formats.md): one row a plan, for a child already known by their
 * migration reference or UPN. Each row is checked on its own (the child named, the UPN's check letter, dates
 * that have happened and follow each other, the status and its cease date and SEN2 reason, the setting's URN,
 * the primary need's code); the checks only the database can make follow in the pathway.
 */
final class PlansFile {

    static final List<String> COLUMNS = List.of("child_reference", "upn", "issue_date", "status", "setting_urn",
            "primary_need", "last_review_date", "ceased_date", "cease_reason");

    private PlansFile() {
    }

    static FileRows<MigratedPlan> check(UploadedCsv csv, Map<String, Long> settingIds, LocalDate today) {
        return FileRows.read(csv, row -> {
            ChildKey child = ChildKey.read(row);
            LocalDate issued = row.date("issue_date", today, true);
            MigratedPlan.Status status = row.code("status", MigratedPlan.Status.class, true, "plan.status");
            Long settingId = setting(row, settingIds, true);
            NeedCode need = row.code("primary_need", NeedCode.class, true, "need.unknown");
            if (need == NeedCode.NSA) {
                row.problem("primary_need", "need.nsaForPlan");
            }
            LocalDate reviewed = row.date("last_review_date", today, false);
            if (reviewed != null && issued != null && reviewed.isBefore(issued)) {
                row.problem("last_review_date", "plan.reviewBeforeIssue");
            }
            LocalDate ceased = row.date("ceased_date", today, false);
            CeaseReason reason = ceaseReason(row);
            if (status == MigratedPlan.Status.CEASED) {
                if (ceased == null && !row.failedIn("ceased_date")) {
                    row.problem("ceased_date", "plan.ceasedDateRequired");
                }
                if (reason == null && !row.failedIn("cease_reason")) {
                    row.problem("cease_reason", "plan.ceaseReasonRequired");
                }
                if (ceased != null && issued != null && ceased.isBefore(issued)) {
                    row.problem("ceased_date", "plan.ceasedBeforeIssue");
                }
                if (ceased != null && reviewed != null && ceased.isBefore(reviewed)) {
                    row.problem("ceased_date", "plan.ceasedBeforeReview");
                }
            } else if (status == MigratedPlan.Status.ACTIVE) {
                if (ceased != null) {
                    row.problem("ceased_date", "plan.ceasedButActive");
                }
                if (reason != null) {
                    row.problem("cease_reason", "plan.ceasedButActive");
                }
            }
            return row.failed ? null : new MigratedPlan(row.number, child.reference(), child.upn(), issued, status,
                    settingId, need, reviewed, status == MigratedPlan.Status.CEASED ? ceased : null,
                    status == MigratedPlan.Status.CEASED ? reason : null);
        });
    }

    /** A SEN2 cease reason, as its name (MOVED_OUTSIDE_ENGLAND) or its SEN2 code (7). */
    private static CeaseReason ceaseReason(FileRow row) {
        String value = row.text("cease_reason", 40);
        if (value == null || value.isEmpty()) {
            return null;
        }
        for (CeaseReason reason : CeaseReason.values()) {
            if (reason.sen2Code().equals(value)) {
                return reason;
            }
        }
        return row.code("cease_reason", CeaseReason.class, false, "plan.ceaseReason");
    }

    /** A setting by its URN: its id, or null (with a problem when given but not a known setting's URN). */
    static Long setting(FileRow row, Map<String, Long> settingIds, boolean required) {
        String urn = required ? row.required("setting_urn", 6) : row.text("setting_urn", 6);
        if (urn == null || urn.isEmpty()) {
            return null;
        }
        Long id = Urn.isValid(urn) ? settingIds.get(Urn.of(urn).value()) : null;
        if (id == null) {
            row.problem("setting_urn", Urn.isValid(urn) ? "setting.unknown" : "setting.format");
        }
        return id;
    }

    /** How a later migration file names its child: the reference of the children file, the UPN, or both. */
    record ChildKey(String reference, String upn) {

        private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9/_.-]{1,30}");

        static ChildKey read(FileRow row) {
            String reference = row.text("child_reference", 30);
            if (reference != null && !reference.isEmpty() && !REFERENCE.matcher(reference).matches()) {
                row.problem("child_reference", "reference.format");
            }
            String upn = row.optional("upn", 13, "upn.check", Upn::isValid, u -> Upn.of(u).value());
            boolean referenceGiven = reference != null && !reference.isEmpty();
            if (!referenceGiven && upn == null && !row.failedIn("child_reference") && !row.failedIn("upn")) {
                row.problem("child_reference", "child.required");
            }
            return new ChildKey(referenceGiven ? reference : null, upn);
        }
    }
}
