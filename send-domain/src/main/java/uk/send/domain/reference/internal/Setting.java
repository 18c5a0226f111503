package uk.send.domain.reference.internal;

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
import jakarta.persistence.Version;

import uk.send.domain.reference.Phase;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.Urn;

/** A school or other provider, identified by its URN, in one footprint. */
@Entity
@Table(name = "setting")
public class Setting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 6)
    private String urn;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SettingType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Phase phase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "footprint_id")
    private Footprint footprint;

    /** The mainstream school a resource base is attached to. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_setting_id")
    private Setting host;

    @Column(nullable = false)
    private boolean open = true;

    /** In the council's own area; false for a neighbouring council's school or an independent school beyond it. */
    @Column(name = "in_area", nullable = false)
    private boolean inArea = true;

    @Version
    private int version;

    protected Setting() {
    }

    public Setting(Urn urn, String name, SettingType type, Phase phase, Footprint footprint) {
        this.urn = urn.value();
        update(name, type, phase, footprint, null, true);
    }

    public void update(String name, SettingType type, Phase phase, Footprint footprint, Setting host, boolean open) {
        if (host != null && type != SettingType.RESOURCE_BASE) {
            throw new IllegalArgumentException("Only a resource base has a host school");
        }
        if (host != null && host == this) {
            throw new IllegalArgumentException("A setting cannot host itself");
        }
        this.name = name.trim();
        this.type = type;
        this.phase = phase;
        this.footprint = footprint;
        this.host = host;
        this.open = open;
    }

    public Long getId() {
        return id;
    }

    public Urn getUrn() {
        return new Urn(urn);
    }

    public String getName() {
        return name;
    }

    public SettingType getType() {
        return type;
    }

    public Phase getPhase() {
        return phase;
    }

    public Footprint getFootprint() {
        return footprint;
    }

    public Setting getHost() {
        return host;
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isInArea() {
        return inArea;
    }

    /** Whether the setting is in the council's own area (the KPI "% educated in the area"). */
    public void placeInArea(boolean inArea) {
        this.inArea = inArea;
    }

    public int getVersion() {
        return version;
    }
}
