package uk.send.pathway.support;

import uk.send.domain.reference.Money;

/**
 * One item of provision in a support plan: what, how often, by whom, hours a week, its cost over the cycle, and its
 * type (for the costed provision map; null only for items recorded before types were asked for).
 */
public record ProvisionItem(String what, String howOften, String byWhom, WeeklyHours weeklyHours, Money cost,
                            ProvisionType type) {

    /** An item whose type is not recorded. */
    public ProvisionItem(String what, String howOften, String byWhom, WeeklyHours weeklyHours, Money cost) {
        this(what, howOften, byWhom, weeklyHours, cost, null);
    }

    public ProvisionItem {
        if (blank(what) || blank(howOften) || blank(byWhom) || weeklyHours == null || cost == null) {
            throw new IllegalArgumentException("Provision says what, how often, by whom, the hours and the cost");
        }
        if (cost.isNegative()) {
            throw new IllegalArgumentException("A cost is not negative");
        }
        what = what.strip();
        howOften = howOften.strip();
        byWhom = byWhom.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
