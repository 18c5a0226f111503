package uk.send.pathway.support;

import java.time.Period;
import java.util.regex.Pattern;

import uk.send.pathway.calendar.StatutoryCalendar;

/**
 * A tier of support a plan may sit in, as the council configures it ({@code send.support.tiers[n].*}): the 2026
 * Schools White Paper proposes tiers (universal, targeted, targeted plus, specialist), none of them law yet. A tier
 * in force is offered to SENCOs starting a plan; one no longer in force is still named on the plans that carry it.
 *
 * @param code           what a plan stores (capital letters, digits and {@code _}, at most 20), never changed once used
 * @param name           what people read
 * @param reviewInterval how long a plan in this tier runs before its review; null for the council's interval
 * @param inForce        whether SENCOs may choose it for a new plan
 */
public record SupportTier(String code, String name, Period reviewInterval, boolean inForce) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,19}");

    /** The longest name (the register's column and the area's table). */
    public static final int NAME_MAX = 100;

    public SupportTier {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("send.support.tiers[].code must be 1 to 20 capital letters, digits or _"
                    + " starting with a letter, not " + code);
        }
        if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
            throw new IllegalArgumentException("send.support.tiers[].name of " + code + " must be 1 to " + NAME_MAX
                    + " characters");
        }
        name = name.strip();
        if (reviewInterval != null) {
            reviewInterval = StatutoryCalendar.requireSupportInterval(reviewInterval,
                    "send.support.tiers[].review-interval of " + code);
        }
    }
}
