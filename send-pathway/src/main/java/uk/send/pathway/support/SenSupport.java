package uk.send.pathway.support;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.AbstractAggregateRoot;

import uk.send.domain.reference.NeedCode;

/**
 * A pupil's time at SEN Support in one setting, from the day they were added until it ended (with a reason),
 * and its assess-plan-do-review cycles, every one kept. It moves only through its own methods, which refuse
 * what the rules do not allow ({@link SupportRefusal}, naming the field) and register the events other modules
 * follow: {@link AddedToSenSupport}, {@link RemovedFromSenSupport}, {@link SupportPlanReviewed}.
 */
@Entity
@Table(name = "sen_support_record")
class SenSupport extends AbstractAggregateRoot<SenSupport> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "setting_id", nullable = false)
    private long settingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "primary_need", nullable = false, length = 4)
    private NeedCode primaryNeed;

    @Enumerated(EnumType.STRING)
    @Column(name = "secondary_need", length = 4)
    private NeedCode secondaryNeed;

    @Column(name = "added_on", nullable = false)
    private LocalDate addedOn;

    @Column(name = "added_by", nullable = false, length = 254)
    private String addedBy;

    @Column(name = "removed_on")
    private LocalDate removedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "removal_reason", length = 30)
    private RemovalReason removalReason;

    @Column(name = "removal_note", length = 2000)
    private String removalNote;

    @Column(name = "removed_by", length = 254)
    private String removedBy;

    /** Where the pupil went, when they left for a setting the service holds. */
    @Column(name = "left_to_setting_id")
    private Long leftToSettingId;

    /** The record at the school the pupil came from, when they joined from one: the record follows the child. */
    @Column(name = "previous_record_id")
    private Long previousRecordId;

    /** Whether the family agreed that a school the pupil moves to may see this record's cycles. */
    @Column(name = "shared_with_next_school", nullable = false)
    private boolean sharedWithNextSchool;

    @Column(name = "sharing_agreed_on")
    private LocalDate sharingAgreedOn;

    @Column(name = "sharing_recorded_by", length = 254)
    private String sharingRecordedBy;

    /** Whether the parent set the sharing themselves (otherwise the SENCO, recording the day the parent agreed). */
    @Column(name = "sharing_by_parent", nullable = false)
    private boolean sharingByParent;

    @OneToMany(mappedBy = "record", cascade = CascadeType.ALL)
    @OrderBy("cycle")
    private List<SupportPlan> plans = new ArrayList<>();

    @Version
    private int version;

    protected SenSupport() {
    }

    /** A pupil on roll at the setting is added to SEN Support, with their needs, from a date. */
    static SenSupport add(long childId, long settingId, LocalDate bornOn, AddToSenSupport command, LocalDate today,
                          String by) {
        if (command.primaryNeed() == null) {
            throw new SupportRefusal(SupportRefusal.Field.PRIMARY_NEED, "support.error.primaryNeedRequired",
                    "A pupil at SEN Support has a primary need");
        }
        if (command.primaryNeed() == command.secondaryNeed()) {
            throw new SupportRefusal(SupportRefusal.Field.SECONDARY_NEED, "support.error.secondaryDiffers",
                    "The secondary need differs from the primary need");
        }
        requireDate(command.addedOn(), bornOn, today, "support.error.addedBeforeBirth");
        SenSupport s = new SenSupport();
        s.childId = childId;
        s.settingId = settingId;
        s.primaryNeed = command.primaryNeed();
        s.secondaryNeed = command.secondaryNeed();
        s.addedOn = command.addedOn();
        s.addedBy = by;
        s.registerEvent(new AddedToSenSupport(childId, settingId, s.primaryNeed, s.secondaryNeed, s.addedOn));
        return s;
    }

    /**
     * A pupil joins from another school where they were at SEN Support: their SEN Support continues here, with the
     * same needs, from the day they joined, naming the record before it. The cycles stay with the earlier record.
     */
    static SenSupport join(SenSupport previous, long settingId, LocalDate bornOn, LocalDate joinedOn, LocalDate today,
                           String by) {
        SenSupport s = add(previous.childId, settingId, bornOn,
                new AddToSenSupport(previous.primaryNeed, previous.secondaryNeed, joinedOn), today, by);
        if (previous.getRemovedOn() != null && joinedOn.isBefore(previous.getRemovedOn())) {
            throw new SupportRefusal(SupportRefusal.Field.DATE, "support.error.joinedBeforeLeft",
                    "The pupil joined before they left the school before", previous.getRemovedOn());
        }
        s.previousRecordId = previous.id;
        return s;
    }

    /**
     * The pupil leaves the school: SEN Support here ends for that reason (a cycle in progress ends unreviewed), naming
     * where they went if known. The record is kept and follows the child to the school they join.
     */
    void leave(LocalDate leftOn, Long toSettingId, LocalDate today, String by) {
        remove(new RemoveFromSenSupport(RemovalReason.LEFT_SETTING, null, leftOn), today, by);
        leftToSettingId = toSettingId;
    }

    /**
     * Whether a school the pupil moves to may see this record: the parent sets it, or the SENCO with the day the
     * parent agreed (not in the future). Turning it off clears the agreement.
     */
    void recordSharing(boolean shared, LocalDate agreedOn, boolean byParent, LocalDate today, String by) {
        if (shared) {
            requireDate(agreedOn, null, today, "support.error.dateRequired");
            sharedWithNextSchool = true;
            sharingAgreedOn = agreedOn;
        } else {
            sharedWithNextSchool = false;
            sharingAgreedOn = null;
        }
        sharingRecordedBy = shared ? by : null;
        sharingByParent = shared && byParent;
    }

    /** A date that has happened, not before {@code earliest}: the key says what it may not be before. */
    private static void requireDate(LocalDate date, LocalDate earliest, LocalDate today, String beforeKey) {
        if (date == null) {
            throw new SupportRefusal(SupportRefusal.Field.DATE, "support.error.dateRequired", "Enter a real date");
        }
        if (date.isAfter(today)) {
            throw new SupportRefusal(SupportRefusal.Field.DATE, "support.error.dateInFuture", "The date is in the future",
                    today);
        }
        if (earliest != null && date.isBefore(earliest)) {
            throw new SupportRefusal(SupportRefusal.Field.DATE, beforeKey, "The date is too early", earliest);
        }
    }

    /** Assess and plan: a new cycle, starting on or after the day the pupil was added, when none is open. */
    SupportPlan startPlan(StartPlan command, SupportPolicy policy, LocalDate today, String by) {
        requireOpen();
        if (openPlan().isPresent()) {
            throw new SupportRefusal(SupportRefusal.Field.STEP, "support.error.planOpen",
                    "Review the plan in progress before starting another");
        }
        String tier = policy.requireTier(command.tier());
        requireDate(command.startsOn(), addedOn, today, "support.error.planBeforeAdded");
        LocalDate due = policy.reviewDue(command.startsOn(), command.reviewDue(), tier);
        int cycle = plans.stream().mapToInt(SupportPlan::getCycle).max().orElse(0) + 1;
        SupportPlan plan = new SupportPlan(this, cycle, policy.planKind(), tier, command.startsOn(), due,
                command.assessmentNotes(), false, by);
        plans.add(plan);
        return plan;
    }

    /** A change to one of this pupil's cycles: only the one in progress changes. */
    void change(SupportPlan plan, SupportPlanCommand command, LocalDate today, SupportPolicy policy, String by) {
        if (plan.getRecord() != this) {
            throw new IllegalArgumentException("The plan belongs to another pupil");
        }
        if (plan.getStatus() != PlanStatus.OPEN) {
            throw new SupportRefusal(SupportRefusal.Field.STEP, "support.error.planReviewed",
                    "A reviewed cycle no longer changes");
        }
        if (command instanceof SupportPlanCommand.AddOutcome c) {
            plan.addOutcome(new SupportOutcome(c.outcome(), c.tag(), null, null));
        } else if (command instanceof SupportPlanCommand.RemoveOutcome c) {
            plan.removeOutcome(c.index());
        } else if (command instanceof SupportPlanCommand.AddProvision c) {
            plan.addProvision(c.provision());
        } else if (command instanceof SupportPlanCommand.RemoveProvision c) {
            plan.removeProvision(c.index());
        } else if (command instanceof SupportPlanCommand.Share c) {
            plan.share(c.shared());
        } else if (command instanceof SupportPlanCommand.RecordProgress c) {
            plan.recordProgress(c.index(), c.progress(), c.note());
        } else if (command instanceof SupportPlanCommand.Review c) {
            review(plan, c, today, policy, by);
        } else {
            throw new IllegalArgumentException("Unknown command " + command.getClass().getSimpleName());
        }
    }

    private void review(SupportPlan plan, SupportPlanCommand.Review review, LocalDate today, SupportPolicy policy, String by) {
        if (review.nextStep() == null) {
            throw new SupportRefusal(SupportRefusal.Field.STEP, "support.error.nextStepRequired", "Choose the next step");
        }
        requireDate(review.reviewedOn(), plan.getStartsOn(), today, "support.error.reviewBeforeStart");
        // the next cycle is written in the tier the review chose, or else stays in the plan's tier while that tier is
        // in force, and falls due after that tier's interval; with tiers off, none (and a tier sent is refused)
        String nextTier = nextTier(plan, review, policy);
        LocalDate nextDue = review.nextStep().continuesSupport()
                ? policy.reviewDue(review.reviewedOn(), review.nextReviewDue(), nextTier) : null;
        plan.reviewed(review.reviewedOn(), review.nextStep(), review.childViews(), review.parentViews(), review.notes(), by);
        if (plan.getId() == null || id == null) {
            throw new IllegalStateException("A plan is saved before it is reviewed, so that its event names it");
        }
        registerEvent(new SupportPlanReviewed(plan.getId(), id, childId, settingId, plan.getCycle(), review.reviewedOn(),
                review.nextStep(), by));
        if (nextDue != null) {
            plans.add(plan.next(policy.planKind(), nextTier, review.reviewedOn(), nextDue, by));
        } else {
            remove(new RemoveFromSenSupport(RemovalReason.NEEDS_MET, null, review.reviewedOn()), today, by);
        }
    }

    /**
     * The tier the cycle after a review is written in: none while tiers are off or when SEN Support ends; otherwise
     * the tier chosen at the review, or the plan's own while still in force, which must be one of those in force
     * (a plan whose tier was retired needs a new one chosen).
     */
    private static String nextTier(SupportPlan plan, SupportPlanCommand.Review review, SupportPolicy policy) {
        if (!policy.tiersInForce()) {
            return policy.requireTier(review.nextTier());
        }
        if (!review.nextStep().continuesSupport()) {
            return null;
        }
        String chosen = review.nextTier() != null ? review.nextTier()
                : policy.tier(plan.getTier()).filter(SupportTier::inForce).map(SupportTier::code).orElse(null);
        return policy.requireTier(chosen);
    }

    /** SEN Support ends, for a reason; a cycle in progress ends unreviewed, and everything is kept. */
    void remove(RemoveFromSenSupport command, LocalDate today, String by) {
        requireOpen();
        if (command.reason() == null) {
            throw new SupportRefusal(SupportRefusal.Field.STEP, "support.error.reasonRequired", "Choose a reason");
        }
        requireDate(command.removedOn(), addedOn, today, "support.error.removedBeforeAdded");
        openPlan().ifPresent(SupportPlan::end);
        removedOn = command.removedOn();
        removalReason = command.reason();
        removalNote = SupportPlan.blankToNull(command.note());
        removedBy = by;
        registerEvent(new RemovedFromSenSupport(childId, settingId, removalReason, removedOn));
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new SupportRefusal(SupportRefusal.Field.STEP, "support.error.notAtSenSupport",
                    "The pupil's SEN Support has ended");
        }
    }

    boolean isOpen() {
        return removedOn == null;
    }

    Optional<SupportPlan> openPlan() {
        return plans.stream().filter(p -> p.getStatus() == PlanStatus.OPEN).findFirst();
    }

    List<SupportPlan> plans() {
        return List.copyOf(plans);
    }

    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    void clearEvents() {
        clearDomainEvents();
    }

    Long getId() {
        return id;
    }

    long getChildId() {
        return childId;
    }

    long getSettingId() {
        return settingId;
    }

    NeedCode getPrimaryNeed() {
        return primaryNeed;
    }

    NeedCode getSecondaryNeed() {
        return secondaryNeed;
    }

    LocalDate getAddedOn() {
        return addedOn;
    }

    String getAddedBy() {
        return addedBy;
    }

    LocalDate getRemovedOn() {
        return removedOn;
    }

    RemovalReason getRemovalReason() {
        return removalReason;
    }

    String getRemovalNote() {
        return removalNote;
    }

    String getRemovedBy() {
        return removedBy;
    }

    Long getLeftToSettingId() {
        return leftToSettingId;
    }

    Long getPreviousRecordId() {
        return previousRecordId;
    }

    boolean isSharedWithNextSchool() {
        return sharedWithNextSchool;
    }

    LocalDate getSharingAgreedOn() {
        return sharingAgreedOn;
    }

    boolean isSharingByParent() {
        return sharingByParent;
    }

    int getVersion() {
        return version;
    }
}
