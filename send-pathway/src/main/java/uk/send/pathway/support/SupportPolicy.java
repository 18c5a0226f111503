package uk.send.pathway.support;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a council configures about SEN Support plans ({@code send.support.*}): how long a cycle runs before it
 * is reviewed (a term of 12 weeks by default; termly review is common practice), how early the register warns
 * of a review, the tiers offered and the kind of plan written. The longest a cycle may run is a year: the 2026
 * Schools White Paper proposes that every support plan is reviewed at least every 12 months, and an interval
 * longer than that is refused when the service starts. The database holds the same rule
 * ({@code support_plan_review_within_a_year}).
 *
 * @param reviewInterval how long after a plan starts its review is due unless the SENCO chooses a date
 * @param dueSoon        how far ahead the register shows a review as due
 * @param tiers          the tiers a plan may be written in
 * @param planKind       the kind of plan new cycles are written as
 */
@ConfigurationProperties("send.support")
public record SupportPolicy(Period reviewInterval, Period dueSoon, List<SupportTier> tiers, PlanKind planKind) {

    /** The longest a cycle may run before it is reviewed. */
    public static final Period LONGEST_CYCLE = Period.ofYears(1);

    public SupportPolicy {
        reviewInterval = reviewInterval == null ? Period.ofWeeks(12) : reviewInterval.normalized();
        dueSoon = dueSoon == null ? Period.ofDays(14) : dueSoon;
        tiers = tiers == null || tiers.isEmpty() ? List.of(SupportTier.values()) : List.copyOf(tiers);
        planKind = planKind == null ? PlanKind.SEN_SUPPORT_PLAN : planKind;
        LocalDate probe = LocalDate.of(2000, 1, 1);
        if (reviewInterval.isNegative() || reviewInterval.isZero() || probe.plus(reviewInterval).isAfter(probe.plus(LONGEST_CYCLE))) {
            throw new IllegalArgumentException("send.support.review-interval must be more than a day and at most a year, not "
                    + reviewInterval);
        }
    }

    public static SupportPolicy defaults() {
        return new SupportPolicy(null, null, null, null);
    }

    /** The last day a plan starting on {@code start} may be reviewed on. */
    public LocalDate latestReview(LocalDate start) {
        return start.plus(LONGEST_CYCLE);
    }

    /**
     * When a plan starting on {@code start} is reviewed: the date the SENCO chose, which must fall after the start
     * and at most a year after it, or else the configured interval after the start.
     */
    public LocalDate reviewDue(LocalDate start, LocalDate chosen) {
        if (chosen == null) {
            return start.plus(reviewInterval);
        }
        if (!chosen.isAfter(start)) {
            throw new SupportRefusal(SupportRefusal.Field.REVIEW_DUE, "support.error.reviewAfterStart",
                    "The review is after the plan starts", start);
        }
        if (chosen.isAfter(latestReview(start))) {
            throw new SupportRefusal(SupportRefusal.Field.REVIEW_DUE, "support.error.reviewWithinAYear",
                    "A plan is reviewed at least every 12 months", latestReview(start));
        }
        return chosen;
    }

    /** How the register shows a plan in progress whose review is due on {@code due}. */
    public RegisterStatus status(LocalDate due, LocalDate today) {
        if (due.isBefore(today)) {
            return RegisterStatus.REVIEW_OVERDUE;
        }
        return due.isAfter(today.plus(dueSoon)) ? RegisterStatus.IN_PLACE : RegisterStatus.REVIEW_DUE;
    }
}
