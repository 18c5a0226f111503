package uk.send.domain.reference;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.HashSet;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.reference.internal.Footprint;
import uk.send.domain.reference.internal.FootprintRepository;
import uk.send.domain.reference.internal.ReferenceEntities;
import uk.send.domain.reference.internal.Setting;
import uk.send.domain.reference.internal.SettingRepository;

/** Footprints and settings: the reference data every other module works against. */
@Service
public class ReferenceData {

    private final FootprintRepository footprints;
    private final SettingRepository settings;
    private final ReferenceEntities entities;
    private final AuditLog audit;

    ReferenceData(FootprintRepository footprints, SettingRepository settings, ReferenceEntities entities, AuditLog audit) {
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
        audit.record(actor, AuditAction.SETTING_UPDATED, "SETTING", id);
        return SettingView.of(setting);
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
