package uk.send.funding.topup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A council-configured band and its annual value. Awards copy the value when approved. */
@Entity
@Table(name = "funding_band")
class Band {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(length = 500)
    private String description;

    @Column(name = "annual_value_pence", nullable = false)
    private long annualValuePence;

    @Column(nullable = false)
    private boolean active;

    @Version
    private int version;

    protected Band() {
    }

    Band(String name, String description, long annualValuePence) {
        set(name, description, annualValuePence, true);
    }

    void set(String name, String description, long annualValuePence, boolean active) {
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.annualValuePence = annualValuePence;
        this.active = active;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    long getAnnualValuePence() {
        return annualValuePence;
    }

    boolean isActive() {
        return active;
    }

    int getVersion() {
        return version;
    }

    BandView view() {
        return new BandView(id, name, description, annualValuePence, active, version);
    }
}
