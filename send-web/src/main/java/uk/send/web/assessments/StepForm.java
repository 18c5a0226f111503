package uk.send.web.assessments;

import java.time.LocalDate;
import java.util.Optional;

import uk.send.pathway.assessment.AdviceSource;
import uk.send.pathway.assessment.Requester;
import uk.send.pathway.calendar.Reg10Exception;
import uk.send.web.support.DateFields;

/**
 * What a caseworker submits for any step on a case: the date it took effect (GOV.UK day, month, year
 * fields), and whichever of the other fields the step needs. The version is the case's version when the
 * page was opened, so that a concurrent change is caught rather than overwritten.
 */
record StepForm(String day, String month, String year, String text, Long settingId, AdviceSource source,
                String addressee, Long adviceId, Reg10Exception reason, String toDay, String toMonth, String toYear,
                Requester requestedBy, String evidence, Integer version, Long adviserId) {

    Optional<LocalDate> date() {
        return DateFields.parse(day, month, year);
    }

    Optional<LocalDate> toDate() {
        return DateFields.parse(toDay, toMonth, toYear);
    }

    boolean hasDate() {
        return !blank(day) || !blank(month) || !blank(year);
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
