package uk.send.domain.reference;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.HashSet;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.internal.NamesById;
import uk.send.domain.reference.internal.Footprint;
import uk.send.domain.reference.internal.FootprintRepository;
import uk.send.domain.reference.internal.ReferenceEntities;
import uk.send.domain.reference.internal.Setting;
import uk.send.domain.reference.internal.SettingRepository;

/** Footprints and settings: the reference data every other module works against. */
@Service
public class ReferenceData {

    /** A postcode area ("SW") or district ("SW1A"). */
    public static final Pattern POSTCODE_PREFIX = Pattern.compile("[A-Z]{1,2}([0-9][0-9A-Z]?)?");

    private final FootprintRepository footprints;
    private final SettingRepository settings;
    private final ReferenceEntities entities;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    ReferenceData(FootprintRepository footprints, SettingRepository settings, ReferenceEntities entities, AuditLog audit,
                  JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.footprints = footprints;
        this.entities = entities;
        this.settings = settings;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<FootprintView> footprints() {
        return footprints.findAllByOrderByNameAsc().stream().map(FootprintView::of).toList();
    }

    @Transactional(readOnly = true)
    public FootprintView footprintView(long id) {
        return FootprintView.of(entities.footprint(id));
    }

    @Transactional
    public FootprintView createFootprint(String code, String name, Viewer actor) {
        Footprint footprint = new Footprint(code, name);
        checkFootprintUnique(footprint.getCode(), footprint.getName(), -1L);
        footprints.save(footprint);
        audit.record(actor, AuditAction.FOOTPRINT_CREATED, "FOOTPRINT", footprint.getId());
        return FootprintView.of(footprint);
    }

    @Transactional
    public FootprintView updateFootprint(long id, String code, String name, int version, Viewer actor) {
        Footprint footprint = entities.footprint(id);
        checkVersion(footprint.getVersion(), version);
        // check before renaming: the uniqueness queries would flush the rename and hit the unique key first
        Footprint proposed = new Footprint(code, name);
        checkFootprintUnique(proposed.getCode(), proposed.getName(), id);
        footprint.rename(code, name);
        audit.record(actor, AuditAction.FOOTPRINT_UPDATED, "FOOTPRINT", id);
        return FootprintView.of(footprint);
    }

    /**
     * The footprint a postcode is in: the one covering its district ("SW1A"), or failing that its whole area
     * ("SW"); empty when neither is covered.
     */
    @Transactional(readOnly = true)
    public Optional<FootprintView> footprintForPostcode(Postcode postcode) {
        return jdbc.sql("""
                        select footprint_id from footprint_postcode where prefix in (:district, :area)
                        order by length(prefix) desc limit 1""")
                .param("district", postcode.district())
                .param("area", postcode.area())
                .query(Long.class)
                .optional()
                .map(this::footprintView);
    }

    /** The postcode districts and areas a footprint covers, in order. */
    @Transactional(readOnly = true)
    public List<String> postcodesOf(long footprintId) {
        return jdbc.sql("select prefix from footprint_postcode where footprint_id = :id order by prefix")
                .param("id", footprintId).query(String.class).list();
    }

    /**
     * Says which postcode districts ("SW1A") or areas ("SW") a footprint covers, replacing what it covered
     * before; a prefix another footprint covered moves to this one. Each prefix must be a district or an area.
     */
    @Transactional
    public void coverPostcodes(long footprintId, Collection<String> prefixes, Viewer actor) {
        entities.footprint(footprintId);
        Set<String> wanted = new TreeSet<>();
        for (String prefix : prefixes) {
            String p = prefix.strip().toUpperCase(Locale.ROOT);
            if (!POSTCODE_PREFIX.matcher(p).matches()) {
                throw new IllegalArgumentException("Not a postcode district or area");
            }
            wanted.add(p);
        }
        jdbc.sql("delete from footprint_postcode where footprint_id = :id").param("id", footprintId).update();
        for (String prefix : wanted) {
            jdbc.sql("""
                            insert into footprint_postcode (prefix, footprint_id) values (:prefix, :id)
                            on conflict (prefix) do update set footprint_id = excluded.footprint_id""")
                    .param("prefix", prefix).param("id", footprintId).update();
        }
        audit.record(actor, AuditAction.FOOTPRINT_UPDATED, "FOOTPRINT", footprintId, wanted.size() + " postcode prefixes");
    }

    private void checkFootprintUnique(String code, String name, long exceptId) {
        if (footprints.existsByCodeAndIdNot(code, exceptId)) {
            throw new DuplicateReferenceException("code");
        }
        if (footprints.existsByNameIgnoreCaseAndIdNot(name, exceptId)) {
            throw new DuplicateReferenceException("name");
        }
    }

    @Transactional(readOnly = true)
    public Page<SettingView> settings(String query, Long footprintId, SettingType type, Pageable pageable) {
        String q = query == null ? "" : query.trim().toLowerCase(java.util.Locale.ROOT);
        return settings.search(q, footprintId, type, pageable).map(SettingView::of);
    }

    /** Every setting, by name: for choosing one in a form. */
    @Transactional(readOnly = true)
    public List<SettingView> allSettings() {
        return settings.findAllByOrderByNameAsc().stream().map(SettingView::of).toList();
    }

    @Transactional(readOnly = true)
    public List<SettingView> settingsIn(Set<Long> footprintIds) {
        return settings.findByFootprintIdInOrderByNameAsc(footprintIds).stream().map(SettingView::of).toList();
    }

    @Transactional(readOnly = true)
    public SettingView settingView(long id) {
        return SettingView.of(entities.setting(id));
    }

    /** The names of these settings, in one statement (a page naming several settings asks once, not once each). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> settingNames(java.util.Collection<Long> ids) {
        return NamesById.of(jdbc, "select id, name from setting where id = any(:ids)", ids);
    }

    /** Whether a setting with this id exists (a form's choice, checked before it reaches a foreign key). */
    @Transactional(readOnly = true)
    public boolean isSetting(long id) {
        return settings.existsById(id);
    }

    @Transactional
    public SettingView createSetting(SettingDetails details, Viewer actor) {
        Urn urn = Urn.of(details.urn());
        if (settings.existsByUrn(urn.value())) {
            throw new DuplicateReferenceException("urn");
        }
        Setting setting = new Setting(urn, details.name(), details.type(), details.phase(), entities.footprint(details.footprintId()));
        setting.update(details.name(), details.type(), details.phase(), entities.footprint(details.footprintId()),
                host(details), details.open());
        setting.placeInArea(details.inArea());
        settings.save(setting);
        audit.record(actor, AuditAction.SETTING_CREATED, "SETTING", setting.getId());
        return SettingView.of(setting);
    }

    @Transactional
    public SettingView updateSetting(long id, SettingDetails details, int version, Viewer actor) {
        Setting setting = entities.setting(id);
        checkVersion(setting.getVersion(), version);
        setting.update(details.name(), details.type(), details.phase(), entities.footprint(details.footprintId()),
                host(details), details.open());
        setting.placeInArea(details.inArea());
        audit.record(actor, AuditAction.SETTING_UPDATED, "SETTING", id);
        return SettingView.of(setting);
    }

    /**
     * What a GIAS extract (already filtered to the council's LA) would change, without changing anything: new
     * settings added (in the footprint their postcode is in), recorded ones whose name, type or phase changed
     * updated, ones GIAS lists as closed marked closed. A resource base keeps its type (GIAS lists its host school,
     * not the base). Settings the extract does not mention are left as they are.
     */
    @Transactional(readOnly = true)
    public SettingChanges previewSettings(List<GiasEstablishment> extract) {
        return compare(extract, settingsByUrn(), footprintPrefixes());
    }

    /**
     * Applies a GIAS extract in one transaction: the same comparison as {@link #previewSettings}, made again
     * against what is recorded now, then each change written and audited. Returns what was changed.
     */
    @Transactional
    public SettingChanges applySettings(List<GiasEstablishment> extract, Viewer actor) {
        if (!actor.is(uk.send.domain.access.Role.ADMIN)) {
            throw new uk.send.domain.access.NotInScopeException("SETTING");
        }
        java.util.Map<String, Setting> byUrn = settingsByUrn();
        java.util.Map<String, Long> prefixes = footprintPrefixes();
        SettingChanges changes = compare(extract, byUrn, prefixes);
        for (SettingChange change : changes.changes()) {
            switch (change.kind()) {
                case ADDED -> {
                    GiasEstablishment row = extract.stream().filter(e -> e.row() == change.row()).findFirst().orElseThrow();
                    Setting setting = new Setting(Urn.of(change.urn()), change.name(), change.type(), change.phase(),
                            entities.footprint(footprintOf(row.postcode(), prefixes).orElseThrow()));
                    settings.save(setting);
                    audit.record(actor, AuditAction.SETTING_CREATED, "SETTING", setting.getId(), "from GIAS");
                }
                case CHANGED, CLOSED, REOPENED -> {
                    Setting setting = byUrn.get(change.urn());
                    boolean open = change.kind() == SettingChange.Kind.CLOSED ? false
                            : change.kind() == SettingChange.Kind.REOPENED || setting.isOpen();
                    setting.update(change.name(), change.type(), change.phase(), setting.getFootprint(),
                            setting.getHost(), open);
                    audit.record(actor, AuditAction.SETTING_UPDATED, "SETTING", setting.getId(),
                            "from GIAS: " + String.join(", ", change.changed()));
                }
                default -> {
                    // left out: shown in the report only
                }
            }
        }
        settings.flush();
        return changes;
    }

    private static SettingChanges compare(List<GiasEstablishment> extract, java.util.Map<String, Setting> byUrn,
                                          java.util.Map<String, Long> prefixes) {
        List<SettingChange> changes = new java.util.ArrayList<>();
        Set<String> seen = new HashSet<>();
        int unchanged = 0;
        int ignored = 0;
        for (GiasEstablishment row : extract) {
            String name = row.name() == null ? "" : row.name().strip();
            Optional<SettingType> giasType = GiasCodes.type(row.type());
            if (!Urn.isValid(row.urn()) || name.isEmpty() || name.length() > 200 || giasType.isEmpty()
                    || !seen.add(Urn.of(row.urn()).value())) {
                if (giasType.isEmpty() && Urn.isValid(row.urn()) && !GiasCodes.isOpen(row.status())) {
                    ignored++;
                } else {
                    changes.add(new SettingChange(SettingChange.Kind.UNREADABLE, row.row(), row.urn(),
                            name.length() > 200 ? name.substring(0, 200) : name, null, null, List.of()));
                }
                continue;
            }
            String urn = Urn.of(row.urn()).value();
            Optional<Phase> giasPhase = GiasCodes.phase(row.phase(), giasType.get());
            if (giasPhase.isEmpty()) {
                changes.add(new SettingChange(SettingChange.Kind.UNREADABLE, row.row(), urn, name, giasType.get(), null,
                        List.of()));
                continue;
            }
            boolean open = GiasCodes.isOpen(row.status());
            Setting recorded = byUrn.get(urn);
            if (recorded == null) {
                if (!open) {
                    ignored++;
                } else if (footprintOf(row.postcode(), prefixes).isEmpty()) {
                    changes.add(new SettingChange(SettingChange.Kind.NO_FOOTPRINT, row.row(), urn, name, giasType.get(),
                            giasPhase.get(), List.of()));
                } else {
                    changes.add(new SettingChange(SettingChange.Kind.ADDED, row.row(), urn, name, giasType.get(),
                            giasPhase.get(), List.of()));
                }
                continue;
            }
            // GIAS lists a resource base's host school, not the base: the base keeps its type
            SettingType type = recorded.getType() == SettingType.RESOURCE_BASE ? SettingType.RESOURCE_BASE : giasType.get();
            List<String> changed = new java.util.ArrayList<>();
            if (!recorded.getName().equals(name)) {
                changed.add("name");
            }
            if (recorded.getType() != type) {
                changed.add("type");
            }
            if (recorded.getPhase() != giasPhase.get()) {
                changed.add("phase");
            }
            if (recorded.isOpen() != open) {
                changed.add("open");
            }
            if (changed.isEmpty()) {
                unchanged++;
                continue;
            }
            SettingChange.Kind kind = recorded.isOpen() && !open ? SettingChange.Kind.CLOSED
                    : !recorded.isOpen() && open ? SettingChange.Kind.REOPENED : SettingChange.Kind.CHANGED;
            changes.add(new SettingChange(kind, row.row(), urn, name, type, giasPhase.get(), changed));
        }
        return new SettingChanges(changes, unchanged, ignored);
    }

    /** Every setting's id by its URN (for bulk work: a migration file names settings by URN). */
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> settingIdsByUrn() {
        java.util.Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.sql("select urn, id from setting").query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2))).list();
        return ids;
    }

    private java.util.Map<String, Setting> settingsByUrn() {
        java.util.Map<String, Setting> byUrn = new java.util.HashMap<>();
        for (Setting setting : settings.findAll()) {
            byUrn.put(setting.getUrn().value(), setting);
        }
        return byUrn;
    }

    /** Every postcode district and area a footprint covers, with the footprint's id (for bulk work). */
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> footprintPrefixes() {
        java.util.Map<String, Long> prefixes = new java.util.HashMap<>();
        jdbc.sql("select prefix, footprint_id from footprint_postcode")
                .query((rs, n) -> prefixes.put(rs.getString(1), rs.getLong(2))).list();
        return prefixes;
    }

    /** The footprint a postcode is in (its district's, or failing that its area's), from the prefixes given. */
    public static Optional<Long> footprintOf(String postcode, java.util.Map<String, Long> prefixes) {
        if (!Postcode.isValid(postcode)) {
            return Optional.empty();
        }
        Postcode code = Postcode.of(postcode);
        Long footprint = prefixes.get(code.district());
        return Optional.ofNullable(footprint != null ? footprint : prefixes.get(code.area()));
    }

    private Setting host(SettingDetails details) {
        return details.hostSettingId() == null ? null : entities.setting(details.hostSettingId());
    }

    private static void checkVersion(int current, int submitted) {
        if (current != submitted) {
            throw new OptimisticLockingFailureException("Changed by someone else since it was opened");
        }
    }
}
