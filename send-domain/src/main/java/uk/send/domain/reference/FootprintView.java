package uk.send.domain.reference;

import uk.send.domain.reference.internal.Footprint;

/** A footprint as pages show it. */
public record FootprintView(long id, String code, String name, int version) {

    static FootprintView of(Footprint f) {
        return new FootprintView(f.getId(), f.getCode(), f.getName(), f.getVersion());
    }
}
