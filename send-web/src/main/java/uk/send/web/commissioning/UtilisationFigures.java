package uk.send.web.commissioning;

import java.util.ArrayList;
import java.util.List;

import uk.send.commissioning.disclosure.Figure;
import uk.send.commissioning.disclosure.SmallNumbers;
import uk.send.commissioning.resourcebase.Utilisation;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.Phase;
import uk.send.pathway.statistics.Percent;

/**
 * Resource base places as published: places commissioned are the council's own figure and always shown; places
 * occupied count children, so they are a line through {@link SmallNumbers} adding up to the total occupied, and a
 * line's utilisation and over-commitment are shown only with its count (either would give it away).
 */
public record UtilisationFigures(java.time.LocalDate asAt, List<Line> lines, long commissioned, Figure occupied, Double percent) {

    /** One base and need; percent null and over false where occupied is not shown. */
    public record Line(long settingId, String settingName, Phase phase, String footprintName, NeedCode need,
            long commissioned, Figure occupied, Double percent, boolean overCommitted) {
    }

    static UtilisationFigures of(Utilisation utilisation) {
        List<Utilisation.Line> raw = utilisation.lines();
        SmallNumbers.Line occupied = SmallNumbers.line(raw.stream().map(Utilisation.Line::occupied).toList(),
                Math.max(utilisation.occupied(), raw.stream().mapToLong(Utilisation.Line::occupied).sum()));
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Utilisation.Line l = raw.get(i);
            boolean shown = occupied.cells().get(i).isShown();
            lines.add(new Line(l.settingId(), l.settingName(), l.phase(), l.footprintName(), l.need(), l.commissioned(),
                    occupied.cells().get(i), shown ? l.percent() : null, shown && l.overCommitted()));
        }
        return new UtilisationFigures(utilisation.asAt(), List.copyOf(lines), utilisation.commissioned(), occupied.total(),
                occupied.total().isShown() ? Percent.of(utilisation.occupied(), utilisation.commissioned()) : null);
    }
}
