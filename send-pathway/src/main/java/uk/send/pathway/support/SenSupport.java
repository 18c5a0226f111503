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
        if (command.tier() == null || !policy.tiers().contains(command.tier())) {
            throw new SupportRefusal(SupportRefusal.Field.STEP, "support.error.tierRequired", "Choose a tier offered");
        }
        requireDate(command.startsOn(), addedOn, today, "support.error.planBeforeAdded");
        LocalDate due = policy.reviewDue(command.startsOn(), command.reviewDue());
        int cycle = plans.stream().mapToInt(SupportPlan::getCycle).max().orElse(0) + 1;
        SupportPlan plan = new SupportPlan(this, cycle, policy.planKind(), command.tier(), command.startsOn(), due,
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
        LocalDate nextDue = review.nextStep().continuesSupport()
                ? policy.reviewDue(review.reviewedOn(), review.nextReviewDue()) : null;
        plan.reviewed(review.reviewedOn(), review.nextStep(), review.childViews(), review.parentViews(), review.notes(), by);
        if (plan.getId() == null || id == null) {
            throw new IllegalStateException("A plan is saved before it is reviewed, so that its event names it");
        }
        registerEvent(new SupportPlanReviewed(plan.getId(), id, childId, settingId, plan.getCycle(), review.reviewedOn(),
                review.nextStep(), by));
        if (nextDue != null) {
            plans.add(plan.next(policy.planKind(), review.reviewedOn(), nextDue, by));
        } else {
            remove(new RemoveFromSenSupport(RemovalReason.NEEDS_MET, null, review.reviewedOn()), today, by);
        }
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

    int getVersion() {
        return version;
    }
}
