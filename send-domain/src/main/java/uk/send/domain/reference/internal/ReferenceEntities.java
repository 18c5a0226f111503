package uk.send.domain.reference.internal;

import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Footprint and setting entities, for the parts of the domain module whose entities hold a reference to
 * one (a child's home footprint and setting, an account's scope). Internal: other modules get
 * {@code FootprintView}s and {@code SettingView}s from {@code ReferenceData}.
 */
@Component
public class ReferenceEntities {

    private final FootprintRepository footprints;
    private final SettingRepository settings;

    ReferenceEntities(FootprintRepository footprints, SettingRepository settings) {
        this.footprints = footprints;
        this.settings = settings;
    }

    public Footprint footprint(long id) {
        return footprints.findById(id).orElseThrow(() -> new NoSuchElementException("No footprint " + id));
    }

    /** The footprints with these ids; every id must exist. */
    public Set<Footprint> footprints(Set<Long> ids) {
        List<Footprint> found = footprints.findAllById(ids);
        if (found.size() != ids.size()) {
            throw new NoSuchElementException("Unknown footprint");
        }
        return new HashSet<>(found);
    }

    public Setting setting(long id) {
        return settings.findById(id).orElseThrow(() -> new NoSuchElementException("No setting " + id));
    }
}
