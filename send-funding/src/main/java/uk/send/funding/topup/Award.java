package uk.send.funding.topup;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An award of top-up funding: the band and its annual value as they were when approved (so a later change to the
 * band does not change it), its period and review date, and its cost in each financial year it spans.
 */
@Entity
@Table(name = "top_up_award")
class Award {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The application it answers; null for an award brought across by a migration (V48). */
    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "migrated_by_import_id")
    private Long migratedByImportId;

    @Column(name = "previous_award_id")
    private Long previousAwardId;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "setting_id", nullable = false)
    private long settingId;

    @Column(name = "footprint_id", nullable = false)
    private long footprintId;

    @Column(name = "band_id", nullable = false)
    private long bandId;

    @Column(name = "band_name", nullable = false, length = 60)
    private String bandName;

    @Column(name = "annual_value_pence", nullable = false)
    private long annualValuePence;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AwardStatus status;

    @Column(name = "approved_on", nullable = false)
    private LocalDate approvedOn;

    @Column(name = "approved_by", nullable = false, length = 254)
    private String approvedBy;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    @Column(name = "reviewed_by", length = 254)
    private String reviewedBy;

    @ElementCollection
    @CollectionTable(name = "top_up_award_cost", joinColumns = @JoinColumn(name = "award_id"))
    @MapKeyColumn(name = "financial_year")
    @Column(name = "cost_pence", nullable = false)
    private Map<Integer, Long> costs = new HashMap<>();

    @Version
    private int version;

    protected Award() {
    }

    Award(Long applicationId, Long previousAwardId, long childId, long settingId, long footprintId, BandView band,
          LocalDate startsOn, LocalDate endsOn, LocalDate reviewOn, LocalDate today, String by) {
        Period.check(startsOn, endsOn, reviewOn);
        this.applicationId = applicationId;
        this.previousAwardId = previousAwardId;
        this.childId = childId;
        this.settingId = settingId;
        this.footprintId = footprintId;
        this.bandId = band.id();
        this.bandName = band.name();
        this.annualValuePence = band.annualValuePence();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.reviewOn = reviewOn;
        this.status = AwardStatus.ACTIVE;
        this.approvedOn = today;
        this.approvedBy = by;
        ProRata.costByYear(annualValuePence, startsOn, endsOn).forEach((year, pence) -> costs.put(year.startYear(), pence));
    }

    /** The cost in each financial year, earliest first. */
    SortedMap<FinancialYear, Long> costByYear() {
        SortedMap<FinancialYear, Long> byYear = new TreeMap<>();
        costs.forEach((year, pence) -> byYear.put(new FinancialYear(year), pence));
        return byYear;
    }

    /** The review at the end: renewed, followed by another band, or ended. */
    void reviewed(ReviewOutcome outcome, LocalDate today, String by) {
        if (status != AwardStatus.ACTIVE) {
            throw new FundingRefusal(FundingRefusal.Field.DECISION, "funding.error.awardReviewed",
                    "The award has been reviewed already");
        }
        status = switch (outcome) {
            case RENEW -> AwardStatus.RENEWED;
            case CHANGE_BAND -> AwardStatus.BAND_CHANGED;
            case END -> AwardStatus.ENDED;
        };
        reviewedOn = today;
        reviewedBy = by;
    }

    Long getId() {
        return id;
    }

    Long getApplicationId() {
        return applicationId;
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

    long getBandId() {
        return bandId;
    }

    String getBandName() {
        return bandName;
    }

    long getAnnualValuePence() {
        return annualValuePence;
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

    AwardStatus getStatus() {
        return status;
    }

    LocalDate getApprovedOn() {
        return approvedOn;
    }

    String getApprovedBy() {
        return approvedBy;
    }

    LocalDate getReviewedOn() {
        return reviewedOn;
    }

    int getVersion() {
        return version;
    }
}
