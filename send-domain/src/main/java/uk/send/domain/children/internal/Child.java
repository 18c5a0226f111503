package uk.send.domain.children.internal;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import uk.send.domain.children.Relationship;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.NhsNumber;
import uk.send.domain.reference.Postcode;
import uk.send.domain.reference.SenProvision;
import uk.send.domain.reference.Upn;
import uk.send.domain.reference.internal.Footprint;
import uk.send.domain.reference.internal.Setting;

/** A child or young person (0 to 25) known to the SEND service. */
@Entity
@Table(name = "child")
public class Child {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(length = 13)
    private String upn;

    @Column(name = "nhs_number", length = 10)
    private String nhsNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "home_footprint_id")
    private Footprint homeFootprint;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "setting_id")
    private Setting setting;

    @Enumerated(EnumType.STRING)
    @Column(name = "primary_need", length = 4)
    private NeedCode primaryNeed;

    @Enumerated(EnumType.STRING)
    @Column(name = "secondary_need", length = 4)
    private NeedCode secondaryNeed;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "sen_provision", nullable = false, length = 1)
    private SenProvision senProvision = SenProvision.N;

    @Column(name = "home_postcode", length = 8)
    private String homePostcode;

    /** The record this one was merged into, as a duplicate; null for a live record. */
    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "merged_at")
    private Instant mergedAt;

    @OneToMany(mappedBy = "child", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Carer> carers = new ArrayList<>();

    @Version
    private int version;

    protected Child() {
    }

    public Child(String givenName, String familyName, LocalDate dateOfBirth, Footprint homeFootprint) {
        rename(givenName, familyName);
        this.dateOfBirth = dateOfBirth;
        this.homeFootprint = homeFootprint;
    }

    public void rename(String givenName, String familyName) {
        this.givenName = givenName.trim();
        this.familyName = familyName.trim();
    }

    /** Corrects who the child is: names and date of birth as typed wrongly before. */
    public void correct(String givenName, String familyName, LocalDate dateOfBirth) {
        rename(givenName, familyName);
        this.dateOfBirth = dateOfBirth;
    }

    public void identify(Upn upn, NhsNumber nhsNumber) {
        this.upn = upn == null ? null : upn.value();
        this.nhsNumber = nhsNumber == null ? null : nhsNumber.value();
    }

    /** Where the child lives: the postcode, and the footprint it is in. */
    public void liveAt(Postcode postcode, Footprint footprint) {
        this.homePostcode = postcode == null ? null : postcode.value();
        this.homeFootprint = footprint;
    }

    /**
     * Marks this record a duplicate of {@code kept}: it gives up its UPN and NHS number (the kept record takes
     * them if it has none) and is no longer shown; the row stays, pointing at the record kept.
     */
    public void mergeInto(Child kept, Instant at) {
        if (kept == this || kept.isMerged() || isMerged()) {
            throw new IllegalStateException("Only two different live records can be merged");
        }
        this.upn = null;
        this.nhsNumber = null;
        this.mergedIntoId = kept.getId();
        this.mergedAt = at;
    }

    /**
     * Takes from a duplicate being merged into this record what this one does not know: identifiers (once the
     * duplicate has given them up), postcode, setting and needs.
     */
    public void takeWhatIsMissingFrom(Child duplicate, Upn upn, NhsNumber nhsNumber) {
        if (this.upn == null && upn != null) {
            this.upn = upn.value();
        }
        if (this.nhsNumber == null && nhsNumber != null) {
            this.nhsNumber = nhsNumber.value();
        }
        if (this.homePostcode == null) {
            this.homePostcode = duplicate.homePostcode;
        }
        if (this.setting == null) {
            this.setting = duplicate.setting;
        }
        if (this.primaryNeed == null && duplicate.primaryNeed != null) {
            recordNeeds(duplicate.primaryNeed, duplicate.secondaryNeed, senProvision);
        }
        if (duplicate.senProvision.ordinal() > senProvision.ordinal()) {
            this.senProvision = duplicate.senProvision;
        }
    }

    public void attendSetting(Setting setting) {
        this.setting = setting;
    }

    public void recordNeeds(NeedCode primary, NeedCode secondary, SenProvision provision) {
        if (secondary != null && (primary == null || secondary == primary)) {
            throw new IllegalArgumentException("A secondary need needs a different primary need");
        }
        this.primaryNeed = primary;
        this.secondaryNeed = secondary;
        this.senProvision = provision;
    }

    public Carer addCarer(String givenName, String familyName, Relationship relationship, boolean parentalResponsibility) {
        Carer carer = new Carer(this, givenName, familyName, relationship, parentalResponsibility);
        carers.add(carer);
        return carer;
    }

    public Long getId() {
        return id;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public Optional<Upn> getUpn() {
        return Optional.ofNullable(upn).map(Upn::new);
    }

    public Optional<NhsNumber> getNhsNumber() {
        return Optional.ofNullable(nhsNumber).map(NhsNumber::new);
    }

    public Footprint getHomeFootprint() {
        return homeFootprint;
    }

    public Optional<Postcode> getHomePostcode() {
        return Optional.ofNullable(homePostcode).map(Postcode::new);
    }

    public boolean isMerged() {
        return mergedIntoId != null;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Setting getSetting() {
        return setting;
    }

    public NeedCode getPrimaryNeed() {
        return primaryNeed;
    }

    public NeedCode getSecondaryNeed() {
        return secondaryNeed;
    }

    public SenProvision getSenProvision() {
        return senProvision;
    }

    public List<Carer> getCarers() {
        return Collections.unmodifiableList(carers);
    }

    public int getVersion() {
        return version;
    }
}
