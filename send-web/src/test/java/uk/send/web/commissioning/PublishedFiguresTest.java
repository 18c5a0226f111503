package uk.send.web.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.send.commissioning.disclosure.Figure;
import uk.send.commissioning.placement.InmssDashboard;
import uk.send.commissioning.resourcebase.Utilisation;
import uk.send.domain.reference.Money;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.Phase;

/** The INMSS dashboard's costs and the resource bases' places as published, on figures worked by hand. */
class PublishedFiguresTest {

    private static final Figure FEWER = Figure.suppressed(Figure.Suppression.FEWER_THAN_FIVE);
    private static final Figure WITHHELD = Figure.suppressed(Figure.Suppression.WITHHELD);

    private static InmssDashboard.CostLine cost(String footprint, NeedCode need, long placements, long totalPounds) {
        return new InmssDashboard.CostLine(footprint, need, placements, Money.ofPence(totalPounds * 100),
                Money.ofPence(totalPounds * 100 / placements));
    }

    @Test
    void a_placement_cost_line_of_fewer_than_5_hides_its_costs_and_takes_the_smallest_other_line_with_it() {
        // North ASD 1 placement £60,000; North SEMH 5 £250,000; South ASD 8 £400,000: 14 in all, £710,000.
        InmssDashboard dashboard = new InmssDashboard(LocalDate.of(2026, 12, 2), List.of(
                cost("North", NeedCode.ASD, 1, 60_000), cost("North", NeedCode.SEMH, 5, 250_000),
                cost("South", NeedCode.ASD, 8, 400_000)), cost(null, null, 14, 710_000), List.of(), List.of());
        DashboardFigures figures = DashboardFigures.of(dashboard);
        assertThat(figures.lines()).extracting(DashboardFigures.Line::placements)
                .containsExactly(FEWER, WITHHELD, Figure.shown(8));
        assertThat(figures.lines()).extracting(DashboardFigures.Line::totalAnnualCost)
                .containsExactly(null, null, Money.ofPence(40_000_000));
        assertThat(figures.lines()).extracting(DashboardFigures.Line::averageAnnualCost)
                .containsExactly(null, null, Money.ofPence(5_000_000));
        assertThat(figures.total().placements()).isEqualTo(Figure.shown(14));
        assertThat(figures.total().totalAnnualCost()).isEqualTo(Money.ofPence(71_000_000));
    }

    @Test
    void places_commissioned_are_always_shown_and_a_small_occupancy_hides_its_rate_and_its_over_commitment() {
        // Base A ASD: 10 commissioned, 3 occupied; A SLCN: 4 commissioned, 6 occupied (over); B ASD 8 of 8.
        Utilisation utilisation = new Utilisation(LocalDate.of(2026, 12, 2), List.of(
                new Utilisation.Line(1, "A", Phase.PRIMARY, "North", NeedCode.ASD, 10, 3),
                new Utilisation.Line(1, "A", Phase.PRIMARY, "North", NeedCode.SLCN, 4, 6),
                new Utilisation.Line(2, "B", Phase.PRIMARY, "North", NeedCode.ASD, 8, 8)), 22, 17);
        UtilisationFigures figures = UtilisationFigures.of(utilisation);
        assertThat(figures.lines()).extracting(UtilisationFigures.Line::commissioned).containsExactly(10L, 4L, 8L);
        assertThat(figures.lines()).extracting(UtilisationFigures.Line::occupied)
                .containsExactly(FEWER, WITHHELD, Figure.shown(8));
        assertThat(figures.lines()).extracting(UtilisationFigures.Line::percent).containsExactly(null, null, 100.0);
        assertThat(figures.lines()).extracting(UtilisationFigures.Line::overCommitted).containsExactly(false, false, false);
        assertThat(figures.occupied()).isEqualTo(Figure.shown(17));
        assertThat(figures.percent()).isEqualTo(77.3);
    }
}
