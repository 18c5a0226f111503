package uk.send.pathway.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import uk.send.domain.reference.NeedCode;

/** A pupil's SEN Support at the SENCO's setting: who they are, and each record with its cycles, newest first. */
public record PupilSupport(Pupil pupil, List<RecordView> records, List<EarlierRecord> earlier, int earlierNotShared) {

    /** A record at a school the pupil was at before, which the family agreed to share with the schools they move to. */
    public record EarlierRecord(String settingName, RecordView record) {
    }

    /** The record in force, if the pupil is at SEN Support now. */
    public Optional<RecordView> current() {
        return records.stream().filter(RecordView::open).findFirst();
    }

    /** One time at SEN Support: since when, until when and why, and its cycles, newest first. */
    public record RecordView(long id, NeedCode primaryNeed, NeedCode secondaryNeed, LocalDate addedOn, String addedBy,
                             LocalDate removedOn, RemovalReason removalReason, String removalNote, String removedBy,
                             int version, List<PlanSummary> plans, boolean sharedWithNextSchool,
                             LocalDate sharingAgreedOn, boolean sharingByParent, Long previousRecordId) {

        public boolean open() {
            return removedOn == null;
        }

        /** The cycle in progress, if any. */
        public Optional<PlanSummary> openPlan() {
            return plans.stream().filter(p -> p.status() == PlanStatus.OPEN).findFirst();
        }

        static RecordView of(SenSupport s, SupportPolicy policy) {
            return new RecordView(s.getId(), s.getPrimaryNeed(), s.getSecondaryNeed(), s.getAddedOn(), s.getAddedBy(),
                    s.getRemovedOn(), s.getRemovalReason(), s.getRemovalNote(), s.getRemovedBy(), s.getVersion(),
                    s.plans().stream().sorted((a, b) -> Integer.compare(b.getCycle(), a.getCycle()))
                            .map(p -> PlanSummary.of(p, policy)).toList(), s.isSharedWithNextSchool(), s.getSharingAgreedOn(),
                    s.isSharingByParent(), s.getPreviousRecordId());
        }
    }

    /** One cycle in a list; its tier (code and name) null when it has none. */
    public record PlanSummary(long id, int cycle, PlanKind kind, String tier, String tierName, PlanStatus status,
                              LocalDate startsOn, LocalDate reviewDue, LocalDate reviewedOn, NextStep nextStep,
                              boolean shared) {
        static PlanSummary of(SupportPlan p, SupportPolicy policy) {
            return new PlanSummary(p.getId(), p.getCycle(), p.getKind(), p.getTier(), policy.tierName(p.getTier()),
                    p.getStatus(), p.getStartsOn(),
                    p.getReviewDue(), p.getReviewedOn(), p.getNextStep(), p.isSharedWithFamily());
        }
    }
}
