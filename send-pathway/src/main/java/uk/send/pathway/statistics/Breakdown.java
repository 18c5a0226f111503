package uk.send.pathway.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * Requests, assessments, new plans and active plans, each counted three ways: by the child's phase of education, by
 * their primary need and by the type of setting. Each way of counting a measure adds up to that measure's total.
 *
 * <ul>
 *   <li>{@link Measure#REQUESTS}: requests for an EHC needs assessment received in the period; the setting is the
 *       child's setting as recorded now.</li>
 *   <li>{@link Measure#ASSESSMENTS}: decisions to assess made in the period (assessments begun); the setting as for
 *       requests.</li>
 *   <li>{@link Measure#NEW_PLANS}: final plans issued after an assessment in the period; the setting named in the
 *       final plan.</li>
 *   <li>{@link Measure#ACTIVE_PLANS}: plans active on {@code activeAsAt} (the period's last day); the setting named in
 *       section I of the version in force.</li>
 * </ul>
 * The phase is the child's National Curriculum year on the day of the step (for active plans, {@code activeAsAt}):
 * early years before Reception, primary from Reception to Year 6, secondary Years 7 to 11, post-16 from Year 12.
 *
 * @param counts one count per measure, way of counting and key present (key null: no need or no setting recorded)
 */
public record Breakdown(LocalDate activeAsAt, List<Count> counts) {

    public enum Measure { REQUESTS, ASSESSMENTS, NEW_PLANS, ACTIVE_PLANS }

    public enum Dimension { PHASE, NEED, SETTING_TYPE }

    /**
     * @param key the {@link uk.send.domain.reference.Phase}, {@link uk.send.domain.reference.NeedCode} or
     *            {@link uk.send.domain.reference.SettingType} name; null when none is recorded
     */
    public record Count(Measure measure, Dimension dimension, String key, long count) {
    }

    public Breakdown {
        counts = List.copyOf(counts);
    }

    /** The count of one measure for one key (nought when none). */
    public long count(Measure measure, Dimension dimension, String key) {
        return counts.stream().filter(c -> c.measure() == measure && c.dimension() == dimension
                        && java.util.Objects.equals(c.key(), key))
                .mapToLong(Count::count).sum();
    }

    /** A measure's total: the sum of its counts by phase (every child has a date of birth, so a phase). */
    public long total(Measure measure) {
        return counts.stream().filter(c -> c.measure() == measure && c.dimension() == Dimension.PHASE)
                .mapToLong(Count::count).sum();
    }
}
