package uk.send.pathway.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Section J of a plan (reg 12(1)(j)): the personal budget, if one was requested, its amount in pence, which parts
 * of the plan it pays towards (education, health, social care), whether any of it is paid as direct payments, and
 * the arrangements in words. Before section J was structured it was free text: that text is kept as the
 * arrangements of a budget whose request is not recorded ({@code requested} null).
 *
 * @param requested      whether a personal budget was requested; null when not recorded (a plan written before)
 * @param amountPence    the budget a year in pence, when requested
 * @param education      whether it pays towards the special educational provision
 * @param health         whether it pays towards the health provision
 * @param socialCare     whether it pays towards the social care provision
 * @param directPayments whether any part is paid as direct payments, when requested
 * @param arrangements   how it is managed and spent, or why there is none; may be null
 */
public record PersonalBudget(Boolean requested, Long amountPence, boolean education, boolean health,
                             boolean socialCare, Boolean directPayments, String arrangements) {

    /** The largest budget a plan holds: £1,000,000 a year, far above any real one, so a slip of the keyboard is caught. */
    public static final long MAX_PENCE = 100_000_000L;

    /** The arrangements' column (V4: {@code section_j}). */
    public static final int ARRANGEMENTS = 8000;

    /** Nothing recorded at all. */
    public static final PersonalBudget NONE = new PersonalBudget(null, null, false, false, false, null, null);

    /** What is wrong with a section J, each with the field it is about and the message key that says so. */
    public record Problem(String field, String key) {
    }

    public PersonalBudget {
        arrangements = arrangements == null || arrangements.isBlank() ? null : arrangements.strip();
        List<Problem> problems = problems(requested, amountPence, education, health, socialCare, directPayments, arrangements);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Section J is not valid: " + problems);
        }
    }

    /**
     * The rules of section J, for the form to check before it builds one: a requested budget has an amount (more
     * than nothing, at most {@link #MAX_PENCE}), pays towards at least one part, and says whether there are direct
     * payments; a budget not requested (or not recorded) has none of those.
     */
    public static List<Problem> problems(Boolean requested, Long amountPence, boolean education, boolean health,
                                         boolean socialCare, Boolean directPayments, String arrangements) {
        List<Problem> problems = new ArrayList<>();
        if (Boolean.TRUE.equals(requested)) {
            if (amountPence == null) {
                problems.add(new Problem("amount", "plan.budget.error.amountRequired"));
            } else if (amountPence <= 0 || amountPence > MAX_PENCE) {
                problems.add(new Problem("amount", "plan.budget.error.amountRange"));
            }
            if (!education && !health && !socialCare) {
                problems.add(new Problem("covers", "plan.budget.error.coversRequired"));
            }
            if (directPayments == null) {
                problems.add(new Problem("directPayments", "plan.budget.error.directPaymentsRequired"));
            }
        } else if (amountPence != null || education || health || socialCare || directPayments != null) {
            problems.add(new Problem("requested", "plan.budget.error.notRequested"));
        }
        if (arrangements != null && arrangements.length() > ARRANGEMENTS) {
            problems.add(new Problem("arrangements", "plan.budget.error.arrangementsTooLong"));
        }
        return problems;
    }

    /** Whether anything at all is recorded. */
    public boolean isEmpty() {
        return requested == null && arrangements == null;
    }

    /** The parts of a plan a budget may pay towards. */
    public enum Part {
        EDUCATION, HEALTH, SOCIAL_CARE
    }

    /** The parts it pays towards, in the plan's order. */
    public List<Part> covers() {
        List<Part> parts = new ArrayList<>();
        if (education) {
            parts.add(Part.EDUCATION);
        }
        if (health) {
            parts.add(Part.HEALTH);
        }
        if (socialCare) {
            parts.add(Part.SOCIAL_CARE);
        }
        return List.copyOf(parts);
    }
}
