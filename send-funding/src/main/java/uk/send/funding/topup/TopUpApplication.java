package uk.send.funding.topup;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/**
 * A school's application for top-up funding for a pupil at SEN Support, made from a reviewed cycle of the pupil's
 * support plan (the evidence of a full assess-plan-do-review cycle). It moves only through its own methods: the
 * panel approves, declines with reasons, or defers for more information, which the school gives to resubmit.
 */
@Entity
@Table(name = "top_up_application")
class TopUpApplication {

    static final int EVIDENCE = 4000;
    static final int TEXT = DecisionState.TEXT;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "setting_id", nullable = false)
    private long settingId;

    @Column(name = "footprint_id", nullable = false)
    private long footprintId;

    @Column(name = "support_plan_id", nullable = false)
    private long supportPlanId;

    @Column(name = "support_cycle", nullable = false)
    private int supportCycle;

    @Column(name = "cycle_reviewed_on", nullable = false)
    private LocalDate cycleReviewedOn;

    @Column(nullable = false, length = EVIDENCE)
    private String evidence;

    @Column(name = "intended_use", nullable = false, length = TEXT)
    private String intendedUse;

    @Column(name = "requested_band_id", nullable = false)
    private long requestedBandId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    @Embedded
    private DecisionState decision;

    @Version
    private int version;

    protected TopUpApplication() {
    }

    TopUpApplication(long childId, long settingId, long footprintId, long supportPlanId, int supportCycle,
                     LocalDate cycleReviewedOn, NewApplication command, LocalDate today, String by) {
        Period.check(command.startsOn(), command.endsOn(), command.reviewOn());
        this.childId = childId;
        this.settingId = settingId;
        this.footprintId = footprintId;
        this.supportPlanId = supportPlanId;
        this.supportCycle = supportCycle;
        this.cycleReviewedOn = cycleReviewedOn;
        this.evidence = required(command.evidence(), FundingRefusal.Field.EVIDENCE, EVIDENCE);
        this.intendedUse = required(command.intendedUse(), FundingRefusal.Field.INTENDED_USE, TEXT);
        this.requestedBandId = command.bandId();
        this.startsOn = command.startsOn();
        this.endsOn = command.endsOn();
        this.reviewOn = command.reviewOn();
        this.decision = DecisionState.submitted(today, by);
    }

    private static String required(String text, FundingRefusal.Field field, int max) {
        return DecisionState.required(text, field, max);
    }

    /** Approved: the award (made by the caller against the budget) takes its band and dates. */
    void approve(LocalDate today, String by) {
        decision = decision.approved(today, by);
    }

    void decline(String reasons, LocalDate today, String by) {
        decision = decision.declined(reasons, today, by);
    }

    void defer(String whatIsNeeded, LocalDate today, String by) {
        decision = decision.deferred(whatIsNeeded, today, by);
    }

    /** The school gives the information the panel asked for: the application goes back to the panel. */
    void giveMoreInformation(String information) {
        decision = decision.withMoreInformation(information);
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

    long getFootprintId() {
        return footprintId;
    }

    long getSupportPlanId() {
        return supportPlanId;
    }

    int getSupportCycle() {
        return supportCycle;
    }

    LocalDate getCycleReviewedOn() {
        return cycleReviewedOn;
    }

    String getEvidence() {
        return evidence;
    }

    String getIntendedUse() {
        return intendedUse;
    }

    long getRequestedBandId() {
        return requestedBandId;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getEndsOn() {
        return endsOn;
    }

    LocalDate getReviewOn() {
        return reviewOn;
    }

    ApplicationStatus getStatus() {
        return decision.status();
    }

    LocalDate getSubmittedOn() {
        return decision.submittedOn();
    }

    String getSubmittedBy() {
        return decision.submittedBy();
    }

    String getMoreInformation() {
        return decision.moreInformation();
    }

    LocalDate getDecidedOn() {
        return decision.decidedOn();
    }

    String getDecidedBy() {
        return decision.decidedBy();
    }

    String getDecisionNote() {
        return decision.decisionNote();
    }

    int getVersion() {
        return version;
    }
}
