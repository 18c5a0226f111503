package uk.send.web.assessments;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import uk.send.pathway.assessment.AdviceSource;
import uk.send.pathway.assessment.Requester;
import uk.send.pathway.calendar.Reg10Exception;

/**
 * What a caseworker submits for any step on a case: the date it took effect (GOV.UK day, month, year
 * fields), and whichever of the other fields the step needs. The version is the case's version when the
 * page was opened, so that a concurrent change is caught rather than overwritten.
 */
record StepForm(String day, String month, String year, String text, Long settingId, AdviceSource source,
                String addressee, Long adviceId, Reg10Exception reason, String toDay, String toMonth, String toYear,
                Requester requestedBy, String evidence, Integer version, Long adviserId) {

    Optional<LocalDate> date() {
        return parse(day, month, year);
    }

    Optional<LocalDate> toDate() {
        return parse(toDay, toMonth, toYear);
    }

    boolean hasDate() {
        return !blank(day) || !blank(month) || !blank(year);
    }

    static Optional<LocalDate> parse(String day, String month, String year) {
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 1900 || y > 2999) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim())));
        } catch (NullPointerException | NumberFormatException | DateTimeException notADate) {
            return Optional.empty();
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static StepForm today(LocalDate today, int version) {
        return new StepForm(String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()),
                String.valueOf(today.getYear()), null, null, null, null, null, null, null, null, null, null, null, version, null);
    }

    @Override
    public String toString() {
        return "StepForm[version=" + version + "]";
    }
}
