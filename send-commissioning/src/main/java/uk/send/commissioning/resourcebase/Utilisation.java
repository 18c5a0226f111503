package uk.send.commissioning.resourcebase;

import java.time.LocalDate;
import java.util.List;

import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.Phase;
import uk.send.pathway.statistics.Percent;

/** Places commissioned against places occupied at each resource base, by need, as at a day. */
public record Utilisation(LocalDate asAt, List<Line> lines, long commissioned, long occupied) {

    /** One base and need (need null: plans for children with no primary need recorded). */
    public record Line(long settingId, String settingName, Phase phase, String footprintName, NeedCode need,
            long commissioned, long occupied) {

        /** Occupied as a % of commissioned; null when no places are commissioned. */
        public Double percent() {
            return Percent.of(occupied, commissioned);
        }

        public boolean overCommitted() {
            return occupied > commissioned;
        }
    }

    public Double percent() {
        return Percent.of(occupied, commissioned);
    }
}
