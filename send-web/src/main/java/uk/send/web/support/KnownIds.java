package uk.send.web.support;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.ReferenceData;

/**
 * Whether an id chosen from a list on a form is one the list could have held: a setting or footprint id
 * that does not exist is a field error ("Select a setting from the list"), never a broken foreign key.
 */
@Component
public class KnownIds {

    private final ReferenceData reference;

    KnownIds(ReferenceData reference) {
        this.reference = reference;
    }

    public boolean isSetting(long id) {
        return reference.isSetting(id);
    }

    public boolean isFootprint(long id) {
        return areFootprints(Set.of(id));
    }

    /** True when every id is a footprint's (and none is missing). */
    public boolean areFootprints(Collection<Long> ids) {
        Set<Long> known = reference.footprints().stream().map(FootprintView::id).collect(Collectors.toSet());
        return ids.stream().allMatch(id -> id != null && known.contains(id));
    }
}
