package uk.send.domain.reference.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A service-delivery locality. Every setting and every child's home falls in one. */
@Entity
@Table(name = "footprint")
public class Footprint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Version
    private int version;

    protected Footprint() {
    }

    public Footprint(String code, String name) {
        rename(code, name);
    }

    public void rename(String code, String name) {
        this.code = code.trim().toUpperCase(java.util.Locale.ROOT);
        this.name = name.trim();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getVersion() {
        return version;
    }
}
