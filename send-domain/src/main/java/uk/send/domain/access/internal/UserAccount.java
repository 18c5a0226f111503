package uk.send.domain.access.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.internal.Footprint;
import uk.send.domain.reference.internal.Setting;

/** A person who signs in: their role, their scope, and the state of their sign-in attempts. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "setting_id")
    private Setting setting;

    /** A young person's own record: their whole scope (null for every other role). */
    @Column(name = "child_id")
    private Long childId;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "app_user_footprint",
            joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "footprint_id"))
    private Set<Footprint> footprints = new HashSet<>();

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, String passwordHash, Role role, Instant at) {
        this.updatedAt = at;
        this.email = normaliseEmail(email);
        this.displayName = displayName.trim();
        this.passwordHash = passwordHash;
        this.role = role;
    }

    public static String normaliseEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** Gives the account its role and the scope that role needs; anything else is cleared. */
    public void assign(Role role, Setting setting, Set<Footprint> footprints, Instant at) {
        if (role == Role.YOUNG_PERSON) {
            throw new IllegalArgumentException("A young person's account is made by invitation from their own record");
        }
        this.childId = null;
        if (role.isSettingScoped() && setting == null) {
            throw new IllegalArgumentException("A " + role + " needs a setting");
        }
        if (role.isFootprintScoped() && footprints.isEmpty()) {
            throw new IllegalArgumentException("A " + role + " needs at least one footprint");
        }
        this.role = role;
        this.setting = role.isSettingScoped() ? setting : null;
        this.footprints.clear();
        if (role.isFootprintScoped()) {
            this.footprints.addAll(footprints);
        }
        this.updatedAt = at;
    }

    /** Makes this a young person's account, scoped to exactly their own record. */
    public void assignYoungPerson(long childId, Instant at) {
        this.role = Role.YOUNG_PERSON;
        this.setting = null;
        this.footprints.clear();
        this.childId = childId;
        this.updatedAt = at;
    }

    public Long getChildId() {
        return childId;
    }

    public void rename(String displayName, Instant at) {
        this.displayName = displayName.trim();
        this.updatedAt = at;
    }

    public void changePasswordHash(String passwordHash, Instant at) {
        this.passwordHash = passwordHash;
        this.updatedAt = at;
    }

    public void setEnabled(boolean enabled, Instant at) {
        this.enabled = enabled;
        this.updatedAt = at;
    }

    public void unlock(Instant at) {
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.updatedAt = at;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Viewer toViewer() {
        Set<Long> footprintIds = footprints.stream().map(Footprint::getId).collect(Collectors.toSet());
        return new Viewer(id, email, role, footprintIds, setting == null ? null : setting.getId(), childId);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Setting getSetting() {
        return setting;
    }

    public Set<Footprint> getFootprints() {
        return Collections.unmodifiableSet(footprints);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public int getVersion() {
        return version;
    }
}
