package uk.send.commissioning.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The Local Offer's own rules, without a database. */
class LocalOfferRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void an_entry_last_checked_12_months_ago_or_more_is_due_for_review() {
        assertThat(LocalOffer.checkDue(LocalDate.of(2025, 12, 1), TODAY)).isTrue();
        assertThat(LocalOffer.checkDue(LocalDate.of(2024, 6, 30), TODAY)).isTrue();
    }

    @Test
    void an_entry_checked_within_the_last_12_months_is_not_due() {
        assertThat(LocalOffer.checkDue(LocalDate.of(2025, 12, 2), TODAY)).isFalse();
        assertThat(LocalOffer.checkDue(TODAY, TODAY)).isFalse();
    }

    @Test
    void the_end_of_a_short_month_counts_12_calendar_months() {
        // 29 February 2024 + 12 months is 28 February 2025: checked on 29 February 2024, due from 28 February 2025
        assertThat(LocalOffer.checkDue(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28))).isTrue();
        assertThat(LocalOffer.checkDue(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 27))).isFalse();
    }

    @Test
    void the_list_for_review_asks_the_database_for_exactly_the_checks_the_rule_says_are_due() {
        for (LocalDate today = LocalDate.of(2025, 1, 1); today.isBefore(LocalDate.of(2026, 1, 1)); today = today.plusDays(1)) {
            LocalDate latest = LocalOffer.dueIfCheckedOnOrBefore(today);
            assertThat(LocalOffer.checkDue(latest, today)).as("due on %s", today).isTrue();
            assertThat(LocalOffer.checkDue(latest.plusDays(1), today)).as("not due on %s", today).isFalse();
        }
    }

    @Test
    void a_service_runs_for_ages_0_to_25_youngest_first() {
        assertThatThrownBy(() -> details(12, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> details(-1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> details(0, 26)).isInstanceOf(IllegalArgumentException.class);
        assertThat(details(0, 25).maxAge()).isEqualTo(25);
    }

    @Test
    void a_withdrawn_entry_cannot_be_changed_checked_or_withdrawn_again() {
        OfferService service = OfferService.add(details(5, 11), TODAY);
        service.withdraw();

        assertThatThrownBy(() -> service.markChecked(TODAY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> service.change(details(5, 12), TODAY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(service::withdraw).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_rate_limit_keeps_a_one_way_key_of_the_sender_never_the_address() {
        String key = OfferComments.key("192.0.2.1");

        assertThat(key).hasSize(64).doesNotContain("192").isEqualTo(OfferComments.key("192.0.2.1"))
                .isNotEqualTo(OfferComments.key("192.0.2.2"));
    }

    private static ServiceDetails details(int from, int to) {
        return new ServiceDetails(1, "Club", "What", "Who", "How", Category.LEISURE, Access.OPEN, Cost.FREE, null,
                from, to, null, Set.of(), null, null, null, null, null, null, null, null);
    }
}
