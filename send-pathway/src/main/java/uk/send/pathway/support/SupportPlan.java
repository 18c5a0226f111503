package uk.send.pathway.support;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import uk.send.domain.reference.Money;

/**
 * One assess-plan-do-review cycle of a pupil's SEN Support: the assessment notes, outcomes and provision, and
 * (once reviewed) the progress, the views and the next step. Changed only through {@link SenSupport}.
 */
@Entity
@Table(name = "support_plan")
class SupportPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id")
    private SenSupport record;

    @Column(nullable = false)
    private int cycle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PlanKind kind;

    /** The code of the plan's tier of support ({@link SupportTier}); null while the council uses no tiers. */
    @Column(length = 20)
    private String tier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PlanStatus status;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "review_due", nullable = false)
    private LocalDate reviewDue;

    @Column(name = "assessment_notes", length = 8000)
    private String assessmentNotes;

    @Column(name = "shared_with_family", nullable = false)
    private boolean sharedWithFamily;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_step", length = 30)
    private NextStep nextStep;

    @Column(name = "child_views", length = 4000)
    private String childViews;

    @Column(name = "parent_views", length = 4000)
    private String parentViews;

    @Column(name = "review_notes", length = 4000)
    private String reviewNotes;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "reviewed_by", length = 254)
    private String reviewedBy;

    @ElementCollection
    @CollectionTable(name = "support_plan_outcome", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<SupportOutcome> outcomes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "support_plan_provision", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<SupportProvision> provision = new ArrayList<>();

    @Version
    private int version;

    protected SupportPlan() {
    }

    SupportPlan(SenSupport record, int cycle, PlanKind kind, String tier, LocalDate startsOn, LocalDate reviewDue,
                String assessmentNotes, boolean shared, String createdBy) {
        this.record = record;
        this.cycle = cycle;
        this.kind = kind;
        this.tier = tier;
        this.status = PlanStatus.OPEN;
        this.startsOn = startsOn;
        this.reviewDue = reviewDue;
        this.assessmentNotes = blankToNull(assessmentNotes);
        this.sharedWithFamily = shared;
        this.createdBy = createdBy;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The next cycle, in the tier given: the same outcomes (progress not yet known) and provision, and sharing. */
    SupportPlan next(PlanKind nextKind, String nextTier, LocalDate starts, LocalDate due, String by) {
        SupportPlan next = new SupportPlan(record, cycle + 1, nextKind, nextTier, starts, due, null, sharedWithFamily, by);
        outcomes.forEach(o -> next.outcomes.add(o.carriedForward()));
        next.provision.addAll(provision);
        return next;
    }

    void addOutcome(SupportOutcome outcome) {
        outcomes.add(outcome);
    }

    void removeOutcome(int index) {
        requireIndex(outcomes, index);
        outcomes.remove(index);
    }

    void recordProgress(int index, Progress progress, String note) {
        requireIndex(outcomes, index);
        outcomes.set(index, outcomes.get(index).withProgress(progress, note));
    }

    void addProvision(ProvisionItem item) {
        provision.add(SupportProvision.of(item));
    }

    void removeProvision(int index) {
        requireIndex(provision, index);
        provision.remove(index);
    }

    void share(boolean shared) {
        sharedWithFamily = shared;
    }

    void reviewed(LocalDate on, NextStep step, String child, String parents, String notes, String by) {
        status = PlanStatus.REVIEWED;
        reviewedOn = on;
        nextStep = step;
        childViews = blankToNull(child);
        parentViews = blankToNull(parents);
        reviewNotes = blankToNull(notes);
        reviewedBy = by;
    }

    void end() {
        status = PlanStatus.ENDED;
    }

    private static void requireIndex(List<?> list, int index) {
        if (index < 0 || index >= list.size()) {
            throw new NoSuchElementException("No such item");
        }
    }

    Money totalCost() {
        return Money.sum(provision.stream().map(p -> Money.ofPence(p.costPence())).toList());
    }

    WeeklyHours weeklyHours() {
        return WeeklyHours.sum(provision.stream().map(p -> new WeeklyHours(p.weeklyCentihours())).toList());
    }

    List<SupportOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    List<ProvisionItem> provision() {
        return provision.stream().map(SupportProvision::item).toList();
    }

    Long getId() {
        return id;
    }

    SenSupport getRecord() {
        return record;
    }

    int getCycle() {
        return cycle;
    }

    PlanKind getKind() {
        return kind;
    }

    String getTier() {
        return tier;
    }

    PlanStatus getStatus() {
        return status;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getReviewDue() {
        return reviewDue;
    }

    String getAssessmentNotes() {
        return assessmentNotes;
    }

    boolean isSharedWithFamily() {
        return sharedWithFamily;
    }

    LocalDate getReviewedOn() {
        return reviewedOn;
    }

    NextStep getNextStep() {
        return nextStep;
    }

    String getChildViews() {
        return childViews;
    }

    String getParentViews() {
        return parentViews;
    }

    String getReviewNotes() {
        return reviewNotes;
    }

    String getCreatedBy() {
        return createdBy;
    }

    String getReviewedBy() {
        return reviewedBy;
    }

    int getVersion() {
        return version;
    }
}
