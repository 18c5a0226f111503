package uk.send.pathway.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * One review of a plan, part of the plan's aggregate: only {@link EhcPlan} changes it. The meeting (arranged
 * ahead or recorded after), the setting's report, the views gathered, the council's decision and, after a
 * decision to amend, the proposed amendments, the family's comments and the amended plan.
 */
@Entity
@Table(name = "plan_review")
class PlanReview {

    /** The database's limit on each person's views and the family's comments. */
    static final int TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private EhcPlan plan;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(name = "meeting_on", nullable = false)
    private LocalDate meetingOn;
    /** The day those invited were told of the meeting's date (arranged or moved); null for reviews before V64. */
    @Column(name = "notice_given_on")
    private LocalDate noticeGivenOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewStatus status;

    @Column(name = "report_received_on")
    private LocalDate reportReceivedOn;

    @Column(name = "child_views", length = TEXT)
    private String childViews;
    /** The day the young person gave their own views online; null when the caseworker recorded the child's views. */
    @Column(name = "child_views_online_on")
    private LocalDate childViewsOnlineOn;
    @Column(name = "parent_views", length = TEXT)
    private String parentViews;
    @Column(name = "parent_views_on")
    private LocalDate parentViewsOn;
    @Column(name = "setting_views", length = TEXT)
    private String settingViews;
    @Column(name = "setting_views_on")
    private LocalDate settingViewsOn;
    @Column(name = "adviser_views", length = TEXT)
    private String adviserViews;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private ReviewDecision decision;
    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "proposed_version")
    private Integer proposedVersion;
    @Column(name = "proposed_on")
    private LocalDate proposedOn;
    @Column(name = "family_comments", length = TEXT)
    private String familyComments;
    @Column(name = "family_comments_on")
    private LocalDate familyCommentsOn;
    @Column(name = "amended_version")
    private Integer amendedVersion;
    @Column(name = "amended_on")
    private LocalDate amendedOn;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @jakarta.persistence.Version
    private int version;

    protected PlanReview() {
    }

    static PlanReview arranged(EhcPlan plan, LocalDate dueOn, LocalDate meetingOn, LocalDate told, String by) {
        PlanReview r = new PlanReview();
        r.plan = plan;
        r.dueOn = dueOn;
        r.meetingOn = meetingOn;
        r.noticeGivenOn = told;
        r.status = ReviewStatus.ARRANGED;
        r.createdBy = by;
        return r;
    }

    boolean isOpen() {
        return status != ReviewStatus.COMPLETED;
    }

    void moveMeeting(LocalDate on, LocalDate told) {
        meetingOn = on;
        noticeGivenOn = told;
    }

    LocalDate getNoticeGivenOn() {
        return noticeGivenOn;
    }

    void receiveReport(LocalDate on) {
        reportReceivedOn = on;
    }

    /**
     * Someone's views, on a day; {@code online} when the person gave them themselves (the parents and the setting
     * always do; the child's views are the young person's own when given online, otherwise the caseworker's record).
     */
    void views(ViewsFrom from, String text, LocalDate on, boolean online) {
        switch (from) {
            case CHILD -> {
                childViews = text;
                childViewsOnlineOn = online && text != null ? on : null;
            }
            case PARENT -> {
                parentViews = text;
                parentViewsOn = on;
            }
            case SETTING -> {
                settingViews = text;
                settingViewsOn = on;
            }
            case ADVISERS -> adviserViews = text;
        }
    }

    String views(ViewsFrom from) {
        return switch (from) {
            case CHILD -> childViews;
            case PARENT -> parentViews;
            case SETTING -> settingViews;
            case ADVISERS -> adviserViews;
        };
    }

    void decide(ReviewDecision d, LocalDate on) {
        decision = d;
        decidedOn = on;
        status = d == ReviewDecision.AMEND ? ReviewStatus.AMENDING : ReviewStatus.COMPLETED;
    }

    void proposed(int number, LocalDate on) {
        proposedVersion = number;
        proposedOn = on;
    }

    void familyComments(String text, LocalDate on) {
        familyComments = text;
        familyCommentsOn = on;
    }

    void amended(int number, LocalDate on) {
        amendedVersion = number;
        amendedOn = on;
        status = ReviewStatus.COMPLETED;
    }

    Long getId() {
        return id;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    LocalDate getMeetingOn() {
        return meetingOn;
    }

    ReviewStatus getStatus() {
        return status;
    }

    LocalDate getReportReceivedOn() {
        return reportReceivedOn;
    }

    LocalDate getChildViewsOnlineOn() {
        return childViewsOnlineOn;
    }

    LocalDate getParentViewsOn() {
        return parentViewsOn;
    }

    LocalDate getSettingViewsOn() {
        return settingViewsOn;
    }

    ReviewDecision getDecision() {
        return decision;
    }

    LocalDate getDecidedOn() {
        return decidedOn;
    }

    Integer getProposedVersion() {
        return proposedVersion;
    }

    LocalDate getProposedOn() {
        return proposedOn;
    }

    String getFamilyComments() {
        return familyComments;
    }

    LocalDate getFamilyCommentsOn() {
        return familyCommentsOn;
    }

    Integer getAmendedVersion() {
        return amendedVersion;
    }

    LocalDate getAmendedOn() {
        return amendedOn;
    }

    int getVersion() {
        return version;
    }
}
