package uk.send.commissioning.disclosure;

import java.util.ArrayList;
import java.util.List;

import uk.send.pathway.statistics.Percent;

/**
 * The one small-number suppression policy of the commissioner's figures, so that no child can be picked out of an
 * aggregate:
 * <ol>
 *   <li><b>Primary.</b> A count from 1 to 4 is shown as "fewer than 5". Nought is shown: it names no one.</li>
 *   <li><b>Secondary.</b> Wherever figures add up (the cells of a row or a column and its total), a line with exactly
 *       one suppressed figure would give it away by subtraction, so a second figure of that line is withheld: the
 *       smallest non-zero cell, or the total when every other cell is nought. This is repeated until every line
 *       has none or at least two, since a figure withheld in a row may expose one in its column.</li>
 *   <li><b>Rest of a total.</b> Where a total is more than the cells shown (children with no need recorded, say), the
 *       rest is a hidden cell of the line: when it is 1 to 4 it is protected like any other; when it is 5 or more,
 *       a single small cell beside it cannot be worked out (the two are known only together).</li>
 *   <li><b>Rates.</b> A percentage is withheld when its part or its whole is, and when the whole less the part is 1 to
 *       4 (5 plans of 6 on time tells that one was late); the part is then withheld too.</li>
 *   <li><b>Money.</b> A cost summed over the children of a suppressed count is withheld with it (a total or average
 *       cost of one placement is that placement's cost); {@link Line#follow} applies a line's pattern to its costs.</li>
 * </ol>
 * Only counts of people are suppressed: places commissioned, budgets and settings are not.
 */
public final class SmallNumbers {

    /** Counts below this, and above nought, are not shown. */
    public static final int THRESHOLD = 5;

    private SmallNumbers() {
    }

    static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** A count on its own, in no line: primary suppression only. */
    public static Figure count(long count) {
        return small(count) ? Figure.suppressed(Figure.Suppression.FEWER_THAN_FIVE) : Figure.shown(count);
    }

    /** Cells that add up to a total (the total at least their sum; any rest is a hidden cell). */
    public static Line line(List<Long> cells, long total) {
        long sum = cells.stream().mapToLong(Long::longValue).sum();
        if (total < sum) {
            throw new IllegalArgumentException("a total is never less than its cells");
        }
        Solver solver = new Solver();
        boolean rest = total > sum;
        int[] indexes = new int[cells.size() + (rest ? 2 : 1)];
        for (int i = 0; i < cells.size(); i++) {
            indexes[i] = solver.add(cells.get(i), false);
        }
        int totalIndex = solver.add(total, false);
        if (rest) {
            indexes[cells.size()] = solver.add(total - sum, true);
        }
        indexes[indexes.length - 1] = totalIndex;
        solver.line(indexes);
        solver.solve();
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            figures.add(solver.figure(i));
        }
        return new Line(List.copyOf(figures), solver.figure(totalIndex));
    }

    /** Cells that add up to their total. */
    public static Line line(List<Long> cells) {
        return line(cells, cells.stream().mapToLong(Long::longValue).sum());
    }

    /** A table of counts (rows × columns) with the totals of each row, each column and the whole. */
    public static Grid grid(long[][] cells) {
        int rows = cells.length;
        int columns = rows == 0 ? 0 : cells[0].length;
        Solver solver = new Solver();
        int[][] index = new int[rows + 1][columns + 1];
        long[] columnTotals = new long[columns];
        long grand = 0;
        for (int r = 0; r < rows; r++) {
            if (cells[r].length != columns) {
                throw new IllegalArgumentException("every row has the same columns");
            }
            long rowTotal = 0;
            for (int c = 0; c < columns; c++) {
                index[r][c] = solver.add(cells[r][c], false);
                rowTotal += cells[r][c];
                columnTotals[c] += cells[r][c];
            }
            index[r][columns] = solver.add(rowTotal, false);
            grand += rowTotal;
        }
        for (int c = 0; c < columns; c++) {
            index[rows][c] = solver.add(columnTotals[c], false);
        }
        index[rows][columns] = solver.add(grand, false);
        for (int r = 0; r <= rows; r++) {
            solver.line(index[r]);
        }
        for (int c = 0; c <= columns; c++) {
            int[] column = new int[rows + 1];
            for (int r = 0; r <= rows; r++) {
                column[r] = index[r][c];
            }
            solver.line(column);
        }
        solver.solve();
        List<List<Figure>> figures = new ArrayList<>();
        List<Figure> rowTotals = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Figure> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(solver.figure(index[r][c]));
            }
            figures.add(List.copyOf(row));
            rowTotals.add(solver.figure(index[r][columns]));
        }
        List<Figure> totals = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            totals.add(solver.figure(index[rows][c]));
        }
        return new Grid(List.copyOf(figures), List.copyOf(rowTotals), List.copyOf(totals), solver.figure(index[rows][columns]));
    }

    /**
     * A part of a whole whose whole is published as {@code shownWhole} (already through the policy, in a line of its
     * own perhaps): the part, and its percentage of the whole.
     */
    public static Share share(long part, long whole, Figure shownWhole) {
        if (part < 0 || part > whole) {
            throw new IllegalArgumentException("a part is from nought to its whole");
        }
        Figure shownPart = count(part);
        if (shownPart.isShown() && shownWhole.isShown() && small(whole - part)) {
            shownPart = Figure.suppressed(Figure.Suppression.WITHHELD);
        }
        Rate rate;
        if (!shownPart.isShown() || !shownWhole.isShown()) {
            rate = new Rate(null, shownPart.isShown() ? shownWhole.suppression() : Figure.Suppression.WITHHELD);
        } else {
            rate = new Rate(Percent.of(part, whole), null);
        }
        return new Share(shownPart, shownWhole, rate);
    }

    /** A part of a whole that is published on its own. */
    public static Share share(long part, long whole) {
        return share(part, whole, count(whole));
    }

    /** A line of figures and its total, in the order given. */
    public record Line(List<Figure> cells, Figure total) {

        /**
         * The pattern of this line applied to figures that follow its counts (money over the same children): each
         * kept where its count is shown, withheld where it is not.
         */
        public <T> List<T> follow(List<T> values, T withheld) {
            if (values.size() != cells.size()) {
                throw new IllegalArgumentException("one value a cell");
            }
            List<T> followed = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                followed.add(cells.get(i).isShown() ? values.get(i) : withheld);
            }
            return followed;
        }
    }

    /** A table of figures with the totals of each row, of each column and of the whole. */
    public record Grid(List<List<Figure>> cells, List<Figure> rowTotals, List<Figure> columnTotals, Figure total) {
    }

    /** A part, its whole and the part as a percentage of the whole. */
    public record Share(Figure part, Figure whole, Rate rate) {
    }

    /** The figures of one table and the lines in which they add up. */
    private static final class Solver {

        private enum State { SHOWN, HIDDEN, PRIMARY, SECONDARY }

        private final List<Long> values = new ArrayList<>();
        private final List<State> states = new ArrayList<>();
        private final List<int[]> lines = new ArrayList<>();

        /** A figure; a hidden one is never shown (a rest), and is protected only when small. */
        int add(long value, boolean hidden) {
            if (value < 0) {
                throw new IllegalArgumentException("a count is never negative");
            }
            values.add(value);
            states.add(small(value) ? State.PRIMARY : hidden ? State.HIDDEN : State.SHOWN);
            return values.size() - 1;
        }

        /** Figures whose last adds up the others. */
        void line(int[] indexes) {
            lines.add(indexes);
        }

        void solve() {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int[] line : lines) {
                    int unseen = 0;
                    int exposed = -1;
                    for (int i : line) {
                        if (states.get(i) != State.SHOWN) {
                            unseen++;
                            if (states.get(i) != State.HIDDEN) {
                                exposed = i;
                            }
                        }
                    }
                    if (unseen == 1 && exposed >= 0) {
                        int withheld = secondChoice(line);
                        if (withheld >= 0) {
                            states.set(withheld, State.SECONDARY);
                            changed = true;
                        }
                    }
                }
            }
        }

        /** The smallest non-zero cell shown, or else the total when it is shown. */
        private int secondChoice(int[] line) {
            int best = -1;
            for (int k = 0; k < line.length - 1; k++) {
                int i = line[k];
                if (states.get(i) == State.SHOWN && values.get(i) > 0 && (best < 0 || values.get(i) < values.get(best))) {
                    best = i;
                }
            }
            int total = line[line.length - 1];
            if (best < 0 && states.get(total) == State.SHOWN) {
                best = total;
            }
            return best;
        }

        Figure figure(int i) {
            return switch (states.get(i)) {
                case SHOWN, HIDDEN -> Figure.shown(values.get(i));
                case PRIMARY -> Figure.suppressed(Figure.Suppression.FEWER_THAN_FIVE);
                case SECONDARY -> Figure.suppressed(Figure.Suppression.WITHHELD);
            };
        }
    }
}
