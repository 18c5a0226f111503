package uk.send.commissioning.oap;

import java.time.LocalDate;

/** A standard as it reads now; retired standards are kept (schools' answers name them) but no longer asked. */
public record StandardView(long id, AreaOfNeed area, String wording, LocalDate retiredOn, int version) {

    public boolean retired() {
        return retiredOn != null;
    }
}
