package uk.send.pathway.support;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

import uk.send.pathway.calendar.StatutoryCalendar;

/**
 * What a council configures about SEN Support plans ({@code send.support.*}): how long a cycle runs before it
 * is reviewed (a term of 12 weeks by default; termly review is common practice), how early the register warns
 * of a review, the tiers of support and the kind of plan written. The longest a cycle may run is 12 months
 * ({@link StatutoryCalendar#supportLatestReview}): the 2026 Schools White Paper proposes that every support plan is
 * reviewed at least every 12 months, and an interval longer than that is refused when the service starts. The
 * database holds the same rule ({@code support_plan_review_within_a_year}).
 *
 * <p><b>Tiers.</b> Today's law has no tiers of SEN Support, so by default none is in force: plans carry no tier and
 * no page asks for one. A council switches the White Paper's tiers on by configuration (see ADR 6): each tier has
 * its code, name, review interval (null: {@link #reviewInterval}) and whether it is in force. While any tier is in
 * force, a SENCO chooses one of those in force for every new plan, the review falls due after that tier's interval,
 * and the register, dashboard and area figures show and filter by tier.
 *
 * @param reviewInterval how long after a plan starts its review is due unless the SENCO chooses a date or its tier
 *                       says otherwise
 * @param dueSoon        how far ahead the register shows a review as due
 * @param tiers          the tiers the council knows, in the order they are offered; by default the White Paper's
 *                       targeted and targeted plus, neither in force
 * @param planKind       the kind of plan new cycles are written as
 */
@ConfigurationProperties("send.support")
public record SupportPolicy(Period reviewInterval, Period dueSoon, List<SupportTier> tiers, PlanKind planKind) {

    private static final StatutoryCalendar CALENDAR = new StatutoryCalendar();

    /** The White Paper's tiers of SEN Support, known but not in force: today's law. */
    public static final List<SupportTier> WHITE_PAPER_TIERS = List.of(
            new SupportTier("TARGETED", "Targeted", null, false),
            new SupportTier("TARGETED_PLUS", "Targeted plus", null, false));

    public SupportPolicy {
        reviewInterval = StatutoryCalendar.requireSupportInterval(reviewInterval == null ? Period.ofWeeks(12)
                : reviewInterval, "send.support.review-interval");
        dueSoon = dueSoon == null ? Period.ofDays(14) : dueSoon;
        tiers = tiers == null || tiers.isEmpty() ? WHITE_PAPER_TIERS : List.copyOf(tiers);
        planKind = planKind == null ? PlanKind.SEN_SUPPORT_PLAN : planKind;
        HashSet<String> codes = new HashSet<>();
        for (SupportTier tier : tiers) {
            if (!codes.add(tier.code())) {
                throw new IllegalArgumentException("send.support.tiers names " + tier.code() + " twice");
            }
        }
    }

    public static SupportPolicy defaults() {
        return new SupportPolicy(null, null, null, null);
    }

    /** Whether tiers are switched on: at least one is in force. */
    public boolean tiersInForce() {
        return tiers.stream().anyMatch(SupportTier::inForce);
    }

    /** The tiers a SENCO may choose for a new plan, in order; empty while tiers are off. */
    public List<SupportTier> tiersOffered() {
        return tiers.stream().filter(SupportTier::inForce).toList();
    }

    /** The tier with that code, in force or not. */
    public Optional<SupportTier> tier(String code) {
        return code == null ? Optional.empty() : tiers.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** What people read for a plan's tier: its configured name, or the stored code of a tier no longer configured. */
    public String tierName(String code) {
        return code == null ? null : tier(code).map(SupportTier::name).orElse(code);
    }

    /**
     * The tier a new plan is written in: none while tiers are off (a tier sent anyway is refused), one of those in
     * force while they are on (none chosen, or one not in force, is refused on the tier).
     */
    String requireTier(String code) {
        if (!tiersInForce()) {
            if (code != null) {
                throw new SupportRefusal(SupportRefusal.Field.TIER, "support.error.tierNotOffered",
                        "Tiers of support are not in use");
            }
            return null;
        }
        if (code == null) {
            throw new SupportRefusal(SupportRefusal.Field.TIER, "support.error.tierRequired", "Choose the tier of support");
        }
        return tier(code).filter(SupportTier::inForce).map(SupportTier::code).orElseThrow(() -> new SupportRefusal(
                SupportRefusal.Field.TIER, "support.error.tierNotOffered", "Choose a tier in use"));
    }

    /** How long a plan in that tier (null: none) runs before its review: the tier's interval, or the council's. */
    public Period interval(String tierCode) {
        return tier(tierCode).map(SupportTier::reviewInterval).orElse(reviewInterval);
    }

    /** The last day a plan starting on {@code start} may be reviewed on. */
    public LocalDate latestReview(LocalDate start) {
        return CALENDAR.supportLatestReview(start);
    }

    /** {@link #reviewDue(LocalDate, LocalDate, String)} for a plan with no tier. */
    public LocalDate reviewDue(LocalDate start, LocalDate chosen) {
        return reviewDue(start, chosen, null);
    }

    /**
     * When a plan starting on {@code start} is reviewed: the date the SENCO chose, which must fall after the start
     * and at most 12 months after it, or else its tier's interval (or the council's) after the start, from the one
     * calendar.
     */
    public LocalDate reviewDue(LocalDate start, LocalDate chosen, String tierCode) {
        if (chosen == null) {
            return CALENDAR.supportReviewDue(start, interval(tierCode));
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
