package uk.send.web.admin;

import uk.send.domain.reference.FootprintView;
import uk.send.web.support.TextInput;

/** Add or change a footprint: a short code and a name; {@code version} is null for a new one. */
record FootprintForm(@TextInput(max = 20) String code, @TextInput(max = FootprintFormValidator.NAME_MAX) String name,
                     Integer version) {

    static FootprintForm empty() {
        return new FootprintForm("", "", null);
    }

    static FootprintForm of(FootprintView footprint) {
        return new FootprintForm(footprint.code(), footprint.name(), footprint.version());
    }
}
