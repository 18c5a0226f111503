package uk.send.web.assessments;

import java.time.LocalDate;
import java.util.Optional;

import uk.send.pathway.assessment.AdviceSource;
import uk.send.pathway.assessment.Requester;
import uk.send.pathway.calendar.Reg10Exception;
import uk.send.web.support.DateFields;
import uk.send.web.support.Parsed;
import uk.send.web.support.TextInput;

/**
 * What a caseworker submits for any step on a case: the date it took effect (GOV.UK day, month, year
 * fields), and whichever of the other fields the step needs. The version is the case's version when the
 * page was opened, so that a concurrent change is caught rather than overwritten.
 */
record StepForm(@Parsed String day, @Parsed String month, @Parsed String year,
                @TextInput(max = StepForm.TEXT_MAX, lines = true) String text, Long settingId, AdviceSource source,
                @TextInput(max = StepForm.ADDRESSEE_MAX) String addressee, Long adviceId, Reg10Exception reason,
                @Parsed String toDay, @Parsed String toMonth, @Parsed String toYear, Requester requestedBy,
                @TextInput(max = StepForm.EVIDENCE_MAX, lines = true) String evidence, Integer version, Long adviserId) {

    /**
     * The widest column a step's text goes to (an adviser's advice, entered for them); each step's own
     * column is narrower ({@link CaseStep#textMax()}).
     */
    static final int TEXT_MAX = 20_000;
    /** Who a request for advice went to: advice_request.addressee. */
    static final int ADDRESSEE_MAX = 200;
    /** The evidence sent with a request: needs_assessment.evidence. */
    static final int EVIDENCE_MAX = 4_000;

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
