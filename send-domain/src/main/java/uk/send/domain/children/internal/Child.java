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

    public void identify(Upn upn, NhsNumber nhsNumber) {
        this.upn = upn == null ? null : upn.value();
        this.nhsNumber = nhsNumber == null ? null : nhsNumber.value();
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
