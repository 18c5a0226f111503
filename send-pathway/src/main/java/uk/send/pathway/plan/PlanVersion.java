package uk.send.pathway.plan;

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
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * One version of a plan: the working copy (number 0, kind WORKING) that caseworkers edit, or an issued
 * draft or final plan, which never changes (the database refuses it too).
 */
@Entity
@Table(name = "plan_version")
class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private EhcPlan plan;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VersionKind kind;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "section_a", length = 8000)
    private String sectionA;
    @Column(name = "section_b", length = 8000)
    private String sectionB;
    @Column(name = "section_c", length = 8000)
    private String sectionC;
    @Column(name = "section_d", length = 8000)
    private String sectionD;
    @Column(name = "section_g", length = 8000)
    private String sectionG;
    @Column(name = "section_h1", length = 8000)
    private String sectionH1;
    @Column(name = "section_h2", length = 8000)
    private String sectionH2;
    /** Section J in words: before V35 the whole of J, since then the budget's arrangements. */
    @Column(name = "section_j", length = 8000)
    private String sectionJ;
    @Column(name = "budget_requested")
    private Boolean budgetRequested;
    @Column(name = "budget_amount_pence")
    private Long budgetAmountPence;
    @Column(name = "budget_education", nullable = false)
    private boolean budgetEducation;
    @Column(name = "budget_health", nullable = false)
    private boolean budgetHealth;
    @Column(name = "budget_social_care", nullable = false)
    private boolean budgetSocialCare;
    @Column(name = "budget_direct_payments")
    private Boolean budgetDirectPayments;
    @Column(name = "section_k", length = 8000)
    private String sectionK;

    @Column(name = "placement_setting_id")
    private Long placementSettingId;
    @Column(name = "placement_name", length = 200)
    private String placementName;
    @Column(name = "placement_type", length = 30)
    private String placementType;

    @ElementCollection
    @CollectionTable(name = "plan_outcome", joinColumns = @JoinColumn(name = "plan_version_id"))
    @OrderColumn(name = "position")
    private List<Outcome> outcomes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_provision", joinColumns = @JoinColumn(name = "plan_version_id"))
    @OrderColumn(name = "position")
    private List<Provision> provisions = new ArrayList<>();

    @Version
    private int version;

    protected PlanVersion() {
    }

    static PlanVersion working(EhcPlan plan, String createdBy) {
        PlanVersion v = new PlanVersion();
        v.plan = plan;
        v.number = 0;
        v.kind = VersionKind.WORKING;
        v.createdBy = createdBy;
        return v;
    }

    /**
     * A frozen copy of this (working) version, issued on a date with its K section gathered. A draft plan or
     * proposed amendments never name a school or setting, or a type of one (CFA 2014 s.38(5)): their section I
     * is left empty, whatever the working copy names for the final plan.
     */
    PlanVersion issueCopy(int number, VersionKind kind, LocalDate on, String sectionK, String issuedBy) {
        PlanVersion v = new PlanVersion();
        v.plan = plan;
        v.number = number;
        v.kind = kind;
        v.issuedOn = on;
        v.createdBy = issuedBy;
        v.sectionA = sectionA;
        v.sectionB = sectionB;
        v.sectionC = sectionC;
        v.sectionD = sectionD;
        v.sectionG = sectionG;
        v.sectionH1 = sectionH1;
        v.sectionH2 = sectionH2;
        v.sectionJ = sectionJ;
        v.budgetRequested = budgetRequested;
        v.budgetAmountPence = budgetAmountPence;
        v.budgetEducation = budgetEducation;
        v.budgetHealth = budgetHealth;
        v.budgetSocialCare = budgetSocialCare;
        v.budgetDirectPayments = budgetDirectPayments;
        v.sectionK = sectionK;
        if (!kind.isDraft()) {
            v.placementSettingId = placementSettingId;
            v.placementName = placementName;
            v.placementType = placementType;
        }
        v.outcomes.addAll(outcomes);
        v.provisions.addAll(provisions);
        return v;
    }

    private void requireWorking() {
        if (kind != VersionKind.WORKING) {
            throw new IllegalStateException("An issued plan version cannot be changed");
        }
    }

    void write(Section section, String text) {
        requireWorking();
        String value = text == null || text.isBlank() ? null : text.trim();
        switch (section) {
            case A -> sectionA = value;
            case B -> sectionB = value;
            case C -> sectionC = value;
            case D -> sectionD = value;
            case G -> sectionG = value;
            case H1 -> sectionH1 = value;
            case H2 -> sectionH2 = value;
        }
    }

    /** Writes section J, the personal budget (already checked by {@link PersonalBudget}'s own rules). */
    void writeBudget(PersonalBudget budget) {
        requireWorking();
        budgetRequested = budget.requested();
        budgetAmountPence = budget.amountPence();
        budgetEducation = budget.education();
        budgetHealth = budget.health();
        budgetSocialCare = budget.socialCare();
        budgetDirectPayments = budget.directPayments();
        sectionJ = budget.arrangements();
    }

    /** Section J as it stands. */
    PersonalBudget budget() {
        return new PersonalBudget(budgetRequested, budgetAmountPence, budgetEducation, budgetHealth, budgetSocialCare,
                budgetDirectPayments, sectionJ);
    }

    void addOutcome(Outcome outcome) {
        requireWorking();
        outcomes.add(outcome);
    }

    /** Removes one outcome; there is no outcome at a position outside the list. */
    void removeOutcome(int index) {
        requireWorking();
        if (index < 0 || index >= outcomes.size()) {
            throw new NoSuchElementException("No outcome at " + index);
        }
        outcomes.remove(index);
    }

    void addProvision(Provision provision) {
        requireWorking();
        provisions.add(provision);
    }

    /** Removes one item of provision; there is none at a position outside the list. */
    void removeProvision(int index) {
        requireWorking();
        if (index < 0 || index >= provisions.size()) {
            throw new NoSuchElementException("No provision at " + index);
        }
        provisions.remove(index);
    }

    /** Names the setting in section I: only on the working copy, from which the final plan takes it. */
    void place(long settingId, String name, String type) {
        requireWorking();
        placementSettingId = settingId;
        placementName = name;
        placementType = type;
    }

    /** The text sections, in order, for pages and comparisons. */
    Map<Section, String> textSections() {
        Map<Section, String> map = new EnumMap<>(Section.class);
        map.put(Section.A, sectionA);
        map.put(Section.B, sectionB);
        map.put(Section.C, sectionC);
        map.put(Section.D, sectionD);
        map.put(Section.G, sectionG);
        map.put(Section.H1, sectionH1);
        map.put(Section.H2, sectionH2);
        return map;
    }

    Long getId() {
        return id;
    }

    int getNumber() {
        return number;
    }

    VersionKind getKind() {
        return kind;
    }

    LocalDate getIssuedOn() {
        return issuedOn;
    }

    String getCreatedBy() {
        return createdBy;
    }

    String getSectionK() {
        return sectionK;
    }

    Long getPlacementSettingId() {
        return placementSettingId;
    }

    String getPlacementName() {
        return placementName;
    }

    String getPlacementType() {
        return placementType;
    }

    List<Outcome> getOutcomes() {
        return Collections.unmodifiableList(outcomes);
    }

    List<Provision> getProvisions() {
        return Collections.unmodifiableList(provisions);
    }

    int getVersion() {
        return version;
    }
}
