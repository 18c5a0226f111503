package uk.send.commissioning.offer;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.send.domain.reference.NeedCode;

/**
 * An entry in the Local Offer. It changes only through its own methods, each of which the facade follows with
 * a kept version ({@link VersionChange}); a withdrawn entry can no longer be changed or checked.
 */
@Entity
@Table(name = "offer_service")
class OfferService {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    private String name;
    private String description;
    @Column(name = "who_for")
    private String whoFor;
    @Column(name = "how_to_access")
    private String howToAccess;
    @Enumerated(EnumType.STRING)
    private Category category;
    @Enumerated(EnumType.STRING)
    private Access access;
    @Enumerated(EnumType.STRING)
    private Cost cost;
    @Column(name = "cost_detail")
    private String costDetail;
    @Column(name = "min_age")
    private int minAge;
    @Column(name = "max_age")
    private int maxAge;
    @Column(name = "footprint_id")
    private Long footprintId;

    @ElementCollection
    @CollectionTable(name = "offer_service_need", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "need")
    @Enumerated(EnumType.STRING)
    private Set<NeedCode> needs = EnumSet.noneOf(NeedCode.class);

    @Column(name = "location_name")
    private String locationName;
    private String address;
    private String postcode;
    private String schedule;
    private String phone;
    private String email;
    private String url;
    private String accessibility;

    @Enumerated(EnumType.STRING)
    private ServiceStatus status;
    @Column(name = "last_checked_on")
    private LocalDate lastCheckedOn;

    /** Counts every change, check and withdrawal, so that each makes a new {@link #version} even when no text changed. */
    @Column(name = "edit_count")
    private int editCount;

    @Version
    private int version;

    protected OfferService() {
    }

    /** A new entry, checked today by whoever adds it. */
    static OfferService add(ServiceDetails details, LocalDate today) {
        OfferService service = new OfferService();
        service.status = ServiceStatus.ACTIVE;
        service.write(details);
        service.lastCheckedOn = today;
        return service;
    }

    /** A change to what the entry says; a change made by an editor is also a check that it is right. */
    void change(ServiceDetails details, LocalDate today) {
        requireActive();
        write(details);
        lastCheckedOn = today;
        editCount++;
    }

    /** The service has been confirmed as still right, with nothing to change. */
    void markChecked(LocalDate today) {
        requireActive();
        lastCheckedOn = today;
        editCount++;
    }

    /** The service no longer runs (or no longer belongs in the Local Offer): it leaves the public directory. */
    void withdraw() {
        requireActive();
        status = ServiceStatus.WITHDRAWN;
        editCount++;
    }

    private void requireActive() {
        if (status != ServiceStatus.ACTIVE) {
            throw new IllegalStateException("A withdrawn entry cannot be changed");
        }
    }

    private void write(ServiceDetails d) {
        organizationId = d.organizationId();
        name = d.name().strip();
        description = d.description().strip();
        whoFor = d.whoFor().strip();
        howToAccess = d.howToAccess().strip();
        category = d.category();
        access = d.access();
        cost = d.cost();
        costDetail = trimToNull(d.costDetail());
        minAge = d.minAge();
        maxAge = d.maxAge();
        footprintId = d.footprintId();
        needs.clear();
        needs.addAll(d.needs());
        locationName = trimToNull(d.locationName());
        address = trimToNull(d.address());
        postcode = d.postcode() == null || d.postcode().isBlank() ? null : d.postcode().strip().toUpperCase();
        schedule = trimToNull(d.schedule());
        phone = trimToNull(d.phone());
        email = trimToNull(d.email());
        url = trimToNull(d.url());
        accessibility = trimToNull(d.accessibility());
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    Long getId() {
        return id;
    }

    int getVersion() {
        return version;
    }

    ServiceStatus getStatus() {
        return status;
    }
}
