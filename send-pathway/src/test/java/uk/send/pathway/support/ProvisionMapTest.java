package uk.send.pathway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.send.domain.reference.NeedCode;

/**
 * The costed provision map's sums, against figures worked by hand. The autumn term 2026 runs 1 September to
 * 31 December: 122 days and 14 school weeks. Hours in a term = weekly hours × 14 × (days current in the term / 122),
 * to the hundredth of an hour, half up; an item's cost over its cycle is shared between terms by the days of the cycle
 * in each, to the penny, so that the shares add up to the cost recorded.
 */
class ProvisionMapTest {

    static final SchoolTerm AUTUMN_2026 = SchoolTerm.of(SchoolTerm.Season.AUTUMN, 2026);
    static final SchoolTerm SPRING_2027 = SchoolTerm.of(SchoolTerm.Season.SPRING, 2027);

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** 1.5 hours a week over exactly the term (122 days), £122.00: 21 hours and all of the cost. */
    static final ProvisionMap.Item WHOLE_TERM = new ProvisionMap.Item(1, ProvisionType.SMALL_GROUP, NeedCode.SLCN, 150,
            12_200, d("2026-09-01"), d("2027-01-01"));
    /** 1 hour a week from 1 November for 12 weeks (84 days, 61 of them in the autumn), £84.00 (£1 a day). */
    static final ProvisionMap.Item STARTS_MID_TERM = new ProvisionMap.Item(2, ProvisionType.ONE_TO_ONE, NeedCode.SLCN,
            100, 8_400, d("2026-11-01"), d("2027-01-24"));
    /** 2 hours a week from 1 July to 30 September (92 days, the last 30 in the autumn), £92.00 (£1 a day). */
    static final ProvisionMap.Item ENDS_MID_TERM = new ProvisionMap.Item(3, ProvisionType.SMALL_GROUP, NeedCode.SEMH,
            200, 9_200, d("2026-07-01"), d("2026-10-01"));
    /** Half an hour a week over the term, no cost, recorded before types were asked for. */
    static final ProvisionMap.Item TYPE_NOT_RECORDED = new ProvisionMap.Item(1, null, NeedCode.ASD, 50, 0,
            d("2026-09-01"), d("2027-01-01"));
    /** A cycle that ended the day before the term began: nothing in the autumn. */
    static final ProvisionMap.Item BEFORE_THE_TERM = new ProvisionMap.Item(4, ProvisionType.SPECIALIST, NeedCode.HI, 300,
            50_000, d("2026-06-01"), d("2026-09-01"));

    static final List<ProvisionMap.Item> SCHOOL = List.of(WHOLE_TERM, STARTS_MID_TERM, ENDS_MID_TERM, TYPE_NOT_RECORDED,
            BEFORE_THE_TERM);

    @Test
    void a_cycle_current_for_the_whole_term_counts_its_weekly_hours_for_every_school_week_and_all_its_cost() {
        ProvisionMap map = ProvisionMap.of(AUTUMN_2026, List.of(WHOLE_TERM));

        assertThat(map.total()).isEqualTo(new ProvisionMap.Row<>(null, 2_100, 12_200, 1));
    }

    @Test
    void a_cycle_starting_mid_term_counts_the_part_of_the_term_it_runs() {
        // 100 × 14 × 61 / 122 = 700 centihours; £84.00 × 61 / 84 = £61.00
        ProvisionMap map = ProvisionMap.of(AUTUMN_2026, List.of(STARTS_MID_TERM));

        assertThat(map.total()).isEqualTo(new ProvisionMap.Row<>(null, 700, 6_100, 1));
    }

    @Test
    void a_cycle_ending_mid_term_counts_the_part_of_the_term_before_it_ends() {
        // 200 × 14 × 30 / 122 = 688.52… → 689 centihours; £92.00 − £92.00 × 62 / 92 = £30.00
        ProvisionMap map = ProvisionMap.of(AUTUMN_2026, List.of(ENDS_MID_TERM));

        assertThat(map.total()).isEqualTo(new ProvisionMap.Row<>(null, 689, 3_000, 1));
    }

    @Test
    void a_cycle_outside_the_term_counts_nothing_and_no_pupil() {
        ProvisionMap map = ProvisionMap.of(AUTUMN_2026, List.of(BEFORE_THE_TERM));

        assertThat(map.total()).isEqualTo(new ProvisionMap.Row<>(null, 0, 0, 0));
        assertThat(map.byType()).isEmpty();
        assertThat(map.byNeed()).isEmpty();
    }

    @Test
    void the_school_is_summed_by_type_of_provision_with_the_items_of_no_recorded_type_last() {
        ProvisionMap map = ProvisionMap.of(AUTUMN_2026, SCHOOL);

        assertThat(map.byType()).containsExactly(
                new ProvisionMap.Row<>(ProvisionType.SMALL_GROUP, 2_100 + 689, 12_200 + 3_000, 2),
                new ProvisionMap.Row<>(ProvisionType.ONE_TO_ONE, 700, 6_100, 1),
                new ProvisionMap.Row<>(null, 700, 0, 1));
    }

    @Test
    void the_school_is_summed_by_primary_need_in_the_census_order_of_needs() {
        ProvisionMap map = ProvisionMap.of(AUTUMN_2026, SCHOOL);

        assertThat(map.byNeed()).containsExactly(
                new ProvisionMap.Row<>(NeedCode.SEMH, 689, 3_000, 1),
                new ProvisionMap.Row<>(NeedCode.SLCN, 2_100 + 700, 12_200 + 6_100, 2),
                new ProvisionMap.Row<>(NeedCode.ASD, 700, 0, 1));
    }

    @Test
    void the_totals_are_the_sums_of_the_rows_and_count_each_pupil_once() {
        ProvisionMap map = ProvisionMap.of(AUTUMN_2026, SCHOOL);

        // pupil 1 has provision of two types and two needs: one pupil in the total
        assertThat(map.total()).isEqualTo(new ProvisionMap.Row<>(null, 4_189, 21_300, 3));
        assertThat(map.byType().stream().mapToLong(ProvisionMap.Row::centihours).sum()).isEqualTo(4_189);
        assertThat(map.byNeed().stream().mapToLong(ProvisionMap.Row::costPence).sum()).isEqualTo(21_300);
    }

    @Test
    void a_cycle_across_two_terms_shares_its_cost_between_them_to_the_penny_it_cost() {
        // £1.00 over 3 days, 30 and 31 December in the autumn, 1 January in the spring: 66.67p → 67p, and 33p
        ProvisionMap.Item item = new ProvisionMap.Item(5, ProvisionType.EQUIPMENT, NeedCode.PD, 0, 100,
                d("2026-12-30"), d("2027-01-02"));

        long autumn = ProvisionMap.of(AUTUMN_2026, List.of(item)).total().costPence();
        long spring = ProvisionMap.of(SPRING_2027, List.of(item)).total().costPence();

        assertThat(autumn).isEqualTo(67);
        assertThat(spring).isEqualTo(33);
    }

    @Test
    void the_spring_term_counts_its_own_weeks_and_days() {
        // STARTS_MID_TERM runs 23 days of the spring's 90 (1 to 23 January): 100 × 12 × 23 / 90 = 306.67 → 307;
        // £84.00 − £61.00 = £23.00
        ProvisionMap map = ProvisionMap.of(SPRING_2027, List.of(STARTS_MID_TERM));

        assertThat(map.total()).isEqualTo(new ProvisionMap.Row<>(null, 307, 2_300, 1));
    }

    @Test
    void hours_and_pounds_are_shown_from_hundredths_and_pence() {
        ProvisionMap.Row<ProvisionType> row = new ProvisionMap.Row<>(ProvisionType.OTHER, 689, 3_050, 1);

        assertThat(row.hours()).isEqualTo("6.89");
        assertThat(row.cost().format()).isEqualTo("£30.50");
    }

    // --- the days a cycle is current

    @Test
    void a_reviewed_cycle_is_current_until_the_day_it_was_reviewed_which_starts_the_next() {
        assertThat(ProvisionMap.currentUntil(PlanStatus.REVIEWED, d("2026-09-01"), d("2026-11-24"), d("2026-12-01"),
                null, d("2027-02-01"))).isEqualTo(d("2026-12-01"));
    }

    @Test
    void a_cycle_in_progress_is_current_until_its_review_date_or_through_today_while_its_review_is_overdue() {
        assertThat(ProvisionMap.currentUntil(PlanStatus.OPEN, d("2026-09-01"), d("2026-11-24"), null, null,
                d("2026-10-01"))).isEqualTo(d("2026-11-24"));
        assertThat(ProvisionMap.currentUntil(PlanStatus.OPEN, d("2026-09-01"), d("2026-11-24"), null, null,
                d("2026-12-10"))).isEqualTo(d("2026-12-11"));
    }

    @Test
    void a_cycle_ended_unreviewed_is_current_until_its_pupils_sen_support_ended() {
        assertThat(ProvisionMap.currentUntil(PlanStatus.ENDED, d("2026-09-01"), d("2026-11-24"), null, d("2026-10-15"),
                d("2027-02-01"))).isEqualTo(d("2026-10-15"));
    }

    @Test
    void a_cycle_reviewed_the_day_it_started_is_current_for_that_day() {
        assertThat(ProvisionMap.currentUntil(PlanStatus.REVIEWED, d("2026-09-01"), d("2026-11-24"), d("2026-09-01"),
                null, d("2027-02-01"))).isEqualTo(d("2026-09-02"));
    }
}
