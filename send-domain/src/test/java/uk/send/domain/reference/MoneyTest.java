package uk.send.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void reads_pounds_and_pence_exactly() {
        assertThat(Money.ofPounds("1234.56").pence()).isEqualTo(123_456L);
        assertThat(Money.ofPounds("10").pence()).isEqualTo(1_000L);
        assertThat(Money.ofPounds("0.1").pence()).isEqualTo(10L);
        assertThat(Money.ofPounds(" 48000.00 ").pence()).isEqualTo(4_800_000L);
    }

    @Test
    void reads_negative_amounts() {
        assertThat(Money.ofPounds("-12.00")).isEqualTo(Money.ofPence(-1_200));
    }

    @Test
    void refuses_to_round_fractions_of_a_penny() {
        assertThatThrownBy(() -> Money.ofPounds("0.005"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Amount must have at most 2 decimal places");
    }

    @Test
    void accepts_trailing_zeros_beyond_the_pence_because_nothing_is_rounded() {
        assertThat(Money.ofPounds("1.500").pence()).isEqualTo(150L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "£12", "1,234.56", "12.", ".5", "1e3", "twelve", "NaN"})
    void rejects_text_that_is_not_a_plain_decimal_amount(String text) {
        assertThatThrownBy(() -> Money.ofPounds(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Amount must be a number of pounds such as 1234.56");
    }

    @Test
    void rejects_an_amount_too_large_to_hold_in_pence() {
        assertThatThrownBy(() -> Money.ofPounds("92233720368547758.08"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Amount is too large");
    }

    @Test
    void holds_the_largest_amount_that_fits_in_pence() {
        assertThat(Money.ofPounds("92233720368547758.07").pence()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void adds_subtracts_and_multiplies() {
        Money topUp = Money.ofPounds("6000.00");
        assertThat(topUp.plus(Money.ofPence(50))).isEqualTo(Money.ofPounds("6000.50"));
        assertThat(topUp.minus(Money.ofPounds("7000"))).isEqualTo(Money.ofPounds("-1000"));
        assertThat(topUp.times(3)).isEqualTo(Money.ofPounds("18000"));
        assertThat(topUp.times(-1).isNegative()).isTrue();
    }

    @Test
    void fails_loudly_rather_than_overflowing() {
        Money max = Money.ofPence(Long.MAX_VALUE);
        assertThatThrownBy(() -> max.plus(Money.ofPence(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofPence(Long.MIN_VALUE).minus(Money.ofPence(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void knows_when_it_is_negative() {
        assertThat(Money.ofPence(-1).isNegative()).isTrue();
        assertThat(Money.ZERO.isNegative()).isFalse();
        assertThat(Money.ofPence(1).isNegative()).isFalse();
    }

    @Test
    void orders_by_amount() {
        assertThat(Money.ofPence(-5)).isLessThan(Money.ZERO);
        assertThat(Money.ofPounds("10.01")).isGreaterThan(Money.ofPounds("10"));
        assertThat(Money.ofPounds("10.00").compareTo(Money.ofPence(1_000))).isZero();
    }

    @Test
    void converts_to_a_big_decimal_with_two_places() {
        assertThat(Money.ofPence(1_200).toBigDecimal()).isEqualByComparingTo("12").hasToString("12.00");
        assertThat(Money.ofPence(-5).toBigDecimal()).isEqualTo(new BigDecimal("-0.05"));
    }

    @Test
    void formats_as_pounds_with_uk_grouping() {
        assertThat(Money.ofPounds("1234.56").format()).isEqualTo("£1,234.56");
        assertThat(Money.ofPounds("-12").format()).isEqualTo("-£12.00");
        assertThat(Money.ZERO.format()).isEqualTo("£0.00");
        assertThat(Money.ofPence(-5).format()).isEqualTo("-£0.05");
        assertThat(Money.ofPounds("14500000").format()).isEqualTo("£14,500,000.00");
    }

    @Test
    void formats_the_extremes_without_overflowing() {
        assertThat(Money.ofPence(Long.MAX_VALUE).format()).isEqualTo("£92,233,720,368,547,758.07");
        assertThat(Money.ofPence(Long.MIN_VALUE).format()).isEqualTo("-£92,233,720,368,547,758.08");
    }

    @Test
    void sums_a_collection_and_an_empty_one_is_zero() {
        // one seed area: 205 INMSS placements at an average of £48,000
        List<Money> placements = Collections.nCopies(205, Money.ofPounds("48000"));
        assertThat(Money.sum(placements)).isEqualTo(Money.ofPounds("9840000"));
        assertThat(Money.sum(List.of())).isEqualTo(Money.ZERO);
    }

    @Test
    void sums_with_overflow_checking() {
        assertThatThrownBy(() -> Money.sum(List.of(Money.ofPence(Long.MAX_VALUE), Money.ofPence(1))))
                .isInstanceOf(ArithmeticException.class);
    }
}
