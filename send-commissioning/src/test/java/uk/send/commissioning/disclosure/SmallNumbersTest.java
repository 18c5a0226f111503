package uk.send.commissioning.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.send.commissioning.disclosure.Figure.Suppression;

/** The suppression policy, each rule at its boundary, against tables worked out by hand. */
class SmallNumbersTest {

    private static final Figure FEWER = Figure.suppressed(Suppression.FEWER_THAN_FIVE);
    private static final Figure WITHHELD = Figure.suppressed(Suppression.WITHHELD);

    private static Figure n(long value) {
        return Figure.shown(value);
    }

    @Test
    void nought_and_five_are_shown_and_one_to_four_are_fewer_than_five() {
        assertThat(SmallNumbers.count(0)).isEqualTo(n(0));
        assertThat(SmallNumbers.count(1)).isEqualTo(FEWER);
        assertThat(SmallNumbers.count(4)).isEqualTo(FEWER);
        assertThat(SmallNumbers.count(5)).isEqualTo(n(5));
        assertThat(FEWER.value()).isNull();
        assertThat(FEWER.messageKey()).isEqualTo("disclosure.FEWER_THAN_FIVE");
    }

    @Test
    void a_line_with_no_small_count_is_shown_whole() {
        SmallNumbers.Line line = SmallNumbers.line(List.of(5L, 0L, 12L));
        assertThat(line.cells()).containsExactly(n(5), n(0), n(12));
        assertThat(line.total()).isEqualTo(n(17));
    }

    @Test
    void one_small_cell_takes_the_smallest_other_non_zero_cell_with_it() {
        // 3 + 0 + 9 + 6 = 18: 3 is fewer than 5; 6 is the smallest other non-zero cell; the total stays.
        SmallNumbers.Line line = SmallNumbers.line(List.of(3L, 0L, 9L, 6L));
        assertThat(line.cells()).containsExactly(FEWER, n(0), n(9), WITHHELD);
        assertThat(line.total()).isEqualTo(n(18));
    }

    @Test
    void two_small_cells_protect_each_other() {
        SmallNumbers.Line line = SmallNumbers.line(List.of(2L, 4L, 10L));
        assertThat(line.cells()).containsExactly(FEWER, FEWER, n(10));
        assertThat(line.total()).isEqualTo(n(16));
    }

    @Test
    void a_small_cell_among_noughts_withholds_the_total() {
        SmallNumbers.Line line = SmallNumbers.line(List.of(0L, 2L, 0L));
        assertThat(line.cells()).containsExactly(n(0), FEWER, n(0));
        assertThat(line.total()).isEqualTo(FEWER);
        // With a hidden rest of 6 beside it (a total of 8), the small cell alone is exposed by 8 - 6 only if the rest
        // is known; it is not, so the line stands; but 2 beside a shown 6 and a total of 8 withholds the 6.
        assertThat(SmallNumbers.line(List.of(0L, 2L), 8).total()).isEqualTo(n(8));
        assertThat(SmallNumbers.line(List.of(6L, 2L)).cells()).containsExactly(WITHHELD, FEWER);
    }

    @Test
    void a_small_total_withholds_a_cell_so_the_cells_do_not_add_up_to_it() {
        SmallNumbers.Line line = SmallNumbers.line(List.of(0L, 0L));
        assertThat(line.total()).isEqualTo(n(0));
        // 1 + 0 = 1: the total is fewer than 5, and so is the one cell that makes it.
        SmallNumbers.Line small = SmallNumbers.line(List.of(1L, 0L));
        assertThat(small.cells()).containsExactly(FEWER, n(0));
        assertThat(small.total()).isEqualTo(FEWER);
    }

    @Test
    void a_rest_of_the_total_not_shown_is_a_hidden_cell_protected_when_small() {
        // 6 + 7 of a total of 15: the rest, 2, is not shown but would be 15 - 6 - 7; 6 is withheld.
        SmallNumbers.Line line = SmallNumbers.line(List.of(6L, 7L), 15);
        assertThat(line.cells()).containsExactly(WITHHELD, n(7));
        assertThat(line.total()).isEqualTo(n(15));
        // A rest of 5 or more needs no protection: 6 + 7 of 20.
        assertThat(SmallNumbers.line(List.of(6L, 7L), 20).cells()).containsExactly(n(6), n(7));
        // A small cell and a large rest: 3 + 7 of 20 leaves 3 + rest = 13, so 3 cannot be worked out.
        assertThat(SmallNumbers.line(List.of(3L, 7L), 20).cells()).containsExactly(FEWER, n(7));
        assertThatThrownBy(() -> SmallNumbers.line(List.of(6L, 7L), 12)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_grid_withholds_across_rows_and_columns_until_no_line_gives_a_small_count_away() {
        /*
         *          A    B    C   total
         * need 1   2   10    8    20        2 is fewer than 5; row 1 withholds 8 (smallest other);
         * need 2   6    9    7    22        column A withholds 6, so row 2 then has one withheld and withholds 7;
         * need 3  11   12   13    36        column C then has two withheld (8, 7): done.
         * total   19   31   28    78
         */
        SmallNumbers.Grid grid = SmallNumbers.grid(new long[][] {{2, 10, 8}, {6, 9, 7}, {11, 12, 13}});
        assertThat(grid.cells().get(0)).containsExactly(FEWER, n(10), WITHHELD);
        assertThat(grid.cells().get(1)).containsExactly(WITHHELD, n(9), WITHHELD);
        assertThat(grid.cells().get(2)).containsExactly(n(11), n(12), n(13));
        assertThat(grid.rowTotals()).containsExactly(n(20), n(22), n(36));
        assertThat(grid.columnTotals()).containsExactly(n(19), n(31), n(28));
        assertThat(grid.total()).isEqualTo(n(78));
        assertNoLineGivesOneAway(grid);
    }

    @Test
    void a_grid_of_one_column_withholds_the_totals_that_equal_a_small_cell() {
        // One footprint chosen: each row total is its only cell, so a small cell makes its row total small too.
        SmallNumbers.Grid grid = SmallNumbers.grid(new long[][] {{3}, {12}, {9}});
        // The column 3 + 12 + 9 = 24 withholds its smallest other cell, 9, and with it that row's total.
        assertThat(grid.cells()).containsExactly(List.of(FEWER), List.of(n(12)), List.of(WITHHELD));
        assertThat(grid.rowTotals()).containsExactly(FEWER, n(12), WITHHELD);
        assertThat(grid.columnTotals()).containsExactly(n(24));
        assertThat(grid.total()).isEqualTo(n(24));
        assertNoLineGivesOneAway(grid);
    }

    private static void assertNoLineGivesOneAway(SmallNumbers.Grid grid) {
        int rows = grid.cells().size();
        int columns = grid.columnTotals().size();
        for (int r = 0; r < rows; r++) {
            long unseen = grid.cells().get(r).stream().filter(f -> !f.isShown()).count()
                    + (grid.rowTotals().get(r).isShown() ? 0 : 1);
            assertThat(unseen).as("row %d", r).isNotEqualTo(1);
        }
        for (int c = 0; c < columns; c++) {
            final int column = c;
            long unseen = grid.cells().stream().filter(row -> !row.get(column).isShown()).count()
                    + (grid.columnTotals().get(c).isShown() ? 0 : 1);
            assertThat(unseen).as("column %d", c).isNotEqualTo(1);
        }
    }

    @Test
    void a_rate_is_withheld_with_its_part_its_whole_or_a_small_remainder() {
        SmallNumbers.Share fine = SmallNumbers.share(10, 20);
        assertThat(fine.part()).isEqualTo(n(10));
        assertThat(fine.rate().percent()).isEqualTo(50.0);
        // 5 of 6 on time tells that one was late.
        SmallNumbers.Share oneLate = SmallNumbers.share(5, 6);
        assertThat(oneLate.part()).isEqualTo(WITHHELD);
        assertThat(oneLate.whole()).isEqualTo(n(6));
        assertThat(oneLate.rate().isShown()).isFalse();
        assertThat(oneLate.rate().percent()).isNull();
        // 5 of 10: 5 each way, shown.
        assertThat(SmallNumbers.share(5, 10).rate().percent()).isEqualTo(50.0);
        // 2 of 20: the part is fewer than 5.
        assertThat(SmallNumbers.share(2, 20).part()).isEqualTo(FEWER);
        assertThat(SmallNumbers.share(2, 20).rate().isShown()).isFalse();
        // 0 of 3: the whole is fewer than 5, so is the rate.
        assertThat(SmallNumbers.share(0, 3).rate().suppression()).isEqualTo(Suppression.FEWER_THAN_FIVE);
        // nothing counted: no data, not suppressed.
        assertThat(SmallNumbers.share(0, 0).rate().isShown()).isTrue();
        assertThat(SmallNumbers.share(0, 0).rate().hasData()).isFalse();
        // a whole withheld elsewhere withholds the rate.
        assertThat(SmallNumbers.share(10, 20, WITHHELD).rate().isShown()).isFalse();
    }

    @Test
    void money_follows_the_pattern_of_its_counts() {
        SmallNumbers.Line line = SmallNumbers.line(List.of(1L, 6L, 9L));
        assertThat(line.follow(List.of("£50,000", "£300,000", "£450,000"), null))
                .containsExactly(null, null, "£450,000");
    }
}
