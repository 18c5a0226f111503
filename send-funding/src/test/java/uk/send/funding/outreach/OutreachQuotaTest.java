package uk.send.funding.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.FundingRefusal;

/** An outreach quota is never exceeded; a request's sessions are delivered up to the number accepted, never ahead. */
class OutreachQuotaTest {

    private static final FinancialYear YEAR = new FinancialYear(2026);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    @Test
    void sessions_up_to_the_quota_are_accepted_and_one_more_is_refused_with_the_number_left() {
        OutreachQuota quota = new OutreachQuota(1, YEAR, 10);
        quota.allocate(6);
        assertThatThrownBy(() -> quota.allocate(5)).isInstanceOfSatisfying(FundingRefusal.class, r -> {
            assertThat(r.key()).isEqualTo("outreach.error.overQuota");
            assertThat(r.arguments()[0]).isEqualTo(4);
        });
        quota.allocate(4);
        assertThat(quota.remaining()).isZero();
        assertThatThrownBy(() -> quota.setSessions(9)).isInstanceOf(FundingRefusal.class);
        quota.setSessions(12);
        assertThat(quota.remaining()).isEqualTo(2);
    }

    @Test
    void a_request_is_delivered_session_by_session_and_the_last_completes_it() {
        OutreachRequest request = new OutreachRequest(1, 2, 1, YEAR,
                new NewOutreachRequest(2L, null, "Advice on a sensory diet for a Year 2 group", 2), TODAY.minusDays(5),
                "senco@example.test");
        assertThatThrownBy(() -> request.deliver(TODAY, "Too soon", TODAY, "o"))
                .as("not yet accepted").isInstanceOf(FundingRefusal.class);
        request.accept(TODAY.minusDays(4), "outreach@example.test");
        assertThatThrownBy(() -> request.deliver(TODAY.plusDays(1), "Tomorrow", TODAY, "o"))
                .isInstanceOfSatisfying(FundingRefusal.class,
                        r -> assertThat(r.key()).isEqualTo("outreach.error.deliveredInFuture"));
        assertThatThrownBy(() -> request.deliver(TODAY.minusDays(6), "Before", TODAY, "o"))
                .isInstanceOfSatisfying(FundingRefusal.class,
                        r -> assertThat(r.key()).isEqualTo("outreach.error.deliveredBeforeRequest"));
        request.deliver(TODAY.minusDays(1), "Observed the group", TODAY, "o");
        assertThat(request.getStatus()).isEqualTo(OutreachStatus.ACCEPTED);
        request.deliver(TODAY, "Trained two staff", TODAY, "o");
        assertThat(request.getStatus()).isEqualTo(OutreachStatus.COMPLETED);
        assertThatThrownBy(() -> request.deliver(TODAY, "A third", TODAY, "o")).isInstanceOf(FundingRefusal.class);
    }

    @Test
    void a_request_asks_for_one_to_a_hundred_sessions() {
        assertThatThrownBy(() -> new OutreachRequest(1, 2, 1, YEAR, new NewOutreachRequest(2L, null, "Help", 0), TODAY,
                "s")).isInstanceOfSatisfying(FundingRefusal.class,
                        r -> assertThat(r.field()).isEqualTo(FundingRefusal.Field.SESSIONS));
        assertThatThrownBy(() -> new OutreachRequest(1, 2, 1, YEAR, new NewOutreachRequest(2L, null, "Help", 101), TODAY,
                "s")).isInstanceOf(FundingRefusal.class);
    }
}
