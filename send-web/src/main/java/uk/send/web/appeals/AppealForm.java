package uk.send.web.appeals;

import java.time.LocalDate;
import java.util.Optional;

import uk.send.pathway.appeal.AppealOutcome;
import uk.send.pathway.appeal.AppealType;
import uk.send.pathway.appeal.MediationOutcome;
import uk.send.pathway.calendar.TribunalCompliance;
import uk.send.web.support.DateFields;
import uk.send.web.support.Parsed;

/**
 * What a caseworker submits to open a disagreement or take a step on it: the step's date (GOV.UK day, month,
 * year), a second date where the step has one (the day mediation was offered, the response due), and the
 * choices the step needs. The version is the disagreement's when the page was opened.
 */
record AppealForm(@Parsed String day, @Parsed String month, @Parsed String year, @Parsed String day2,
                  @Parsed String month2, @Parsed String year2, AppealType type, MediationOutcome mediationOutcome,
                  AppealOutcome outcome, TribunalCompliance compliance, Integer version) {

    Optional<LocalDate> date() {
        return DateFields.parse(day, month, year);
    }

    Optional<LocalDate> date2() {
        return DateFields.parse(day2, month2, year2);
    }

    static AppealForm empty(int version) {
        return new AppealForm(null, null, null, null, null, null, null, null, null, null, version);
    }
}
