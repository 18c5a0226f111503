package uk.send.web.assessments;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.server.ResponseStatusException;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.Role;
import uk.send.pathway.calendar.AssessmentException;
import uk.send.web.support.FormText;
import uk.send.web.support.KnownIds;

/**
 * Checks a caseworker's step or new request before the case sees it, so that everything wrong appears at
 * once, each on its field: the date, the step's text (required, and no longer than that step's column), the
 * choices and ids (a setting or adviser that exists). Length and control characters of every text field are
 * checked when the form is bound; the aggregate's own refusals name their field themselves.
 */
@Component
class StepFormValidator {

    /** needs_assessment.reasons, refusal_reasons, not_to_issue_reasons and draft_response. */
    static final int REASONS_MAX = 4_000;

    private final KnownIds known;
    private final AccountService accounts;

    StepFormValidator(KnownIds known, AccountService accounts) {
        this.known = known;
        this.accounts = accounts;
    }

    /** A new request: who asked, when, and the reasons. */
    void validateRequest(StepForm form, Errors errors) {
        requireOnlyShown(errors, Set.of("requestedBy", "day", "month", "year", "text", "evidence"));
        requireDate(form, errors);
        if (form.requestedBy() == null) {
            reject(errors, "requestedBy", "assessment.error.requesterRequired");
        }
        if (StepForm.blank(form.text())) {
            reject(errors, "text", "assessment.error.reasonsRequired");
        }
        FormText.check(errors, "text", form.text(), REASONS_MAX, true);
    }

    /** One step on a case: the fields its page shows, each as the step needs it. */
    void validateStep(CaseStep step, StepForm form, Errors errors) {
        requireOnlyShown(errors, shownOn(step));
        requireDate(form, errors);
        if (step.fields().hasText() && step != CaseStep.RECORD_EXCEPTION && StepForm.blank(form.text())) {
            reject(errors, "text", step.key() + ".textRequired");
        }
        if (step.fields().hasText()) {
            FormText.check(errors, "text", form.text(), textMax(step), true);
        }
        switch (step.fields()) {
            case ADVICE_SOURCE -> {
                if (form.source() == null) {
                    reject(errors, "source", "assessment.error.sourceRequired");
                }
                if (StepForm.blank(form.addressee())) {
                    reject(errors, "addressee", "assessment.error.addresseeRequired");
                }
                if (form.adviserId() != null && !isAdviser(form.adviserId())) {
                    reject(errors, "adviserId", "assessment.error.notAnAdviser");
                }
            }
            case SETTING, TEXT_AND_OPTIONAL_SETTING -> {
                if (form.settingId() == null) {
                    if (step.fields() == CaseStep.Field.SETTING) {
                        reject(errors, "settingId", step.key() + ".settingRequired");
                    }
                } else if (!known.isSetting(form.settingId())) {
                    reject(errors, "settingId", "assessment.error.noSuchSetting");
                }
            }
            case EXCEPTION -> {
                if (form.reason() == null) {
                    reject(errors, "reason", "assessment.error.exceptionReasonRequired");
                }
                Optional<LocalDate> to = form.toDate();
                if (to.isEmpty()) {
                    reject(errors, "toDay", "assessment.error.toDateInvalid");
                } else if (form.date().isPresent() && to.get().isBefore(form.date().get())) {
                    reject(errors, "toDay", "assessment.error.toDateBeforeFrom");
                }
                if (StepForm.blank(form.text())) {
                    reject(errors, "text", "assessment.error.exceptionNoteRequired");
                }
            }
            default -> {
            }
        }
    }

    /** The characters the column of a step's text holds. */
    static int textMax(CaseStep step) {
        return switch (step) {
            case RECEIVE_ADVICE -> StepForm.TEXT_MAX;
            case RECORD_EXCEPTION -> AssessmentException.NOTE_MAX_LENGTH;
            default -> REASONS_MAX;
        };
    }

    /** The fields a step's page shows, besides the hidden version and advice request. */
    static Set<String> shownOn(CaseStep step) {
        Set<String> shown = new HashSet<>(Set.of("day", "month", "year"));
        if (step.fields().hasText()) {
            shown.add("text");
        }
        if (step.fields().hasSetting()) {
            shown.add("settingId");
        }
        switch (step.fields()) {
            case ADVICE_SOURCE -> shown.addAll(Set.of("source", "addressee", "adviserId"));
            case EXCEPTION -> shown.addAll(Set.of("reason", "toDay", "toMonth", "toYear"));
            default -> {
            }
        }
        return shown;
    }

    private boolean isAdviser(long id) {
        return accounts.isActive(id, Role.ADVISER);
    }

    private static void requireDate(StepForm form, Errors errors) {
        if (!form.hasDate()) {
            reject(errors, "day", "assessment.error.dateRequired");
        } else if (form.date().isEmpty()) {
            reject(errors, "day", "assessment.error.dateInvalid");
        }
    }

    private static void reject(Errors errors, String field, String code) {
        if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, code);
        }
    }

    /**
     * A value that cannot be read in a field the page does not show (the hidden advice request, a field of
     * another step) was not typed by anyone: the request is malformed, not a mistake to show on the page.
     */
    private static void requireOnlyShown(Errors errors, Set<String> shown) {
        for (FieldError error : errors.getFieldErrors()) {
            if (!shown.contains(error.getField())) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A value no page sends");
            }
        }
    }
}
