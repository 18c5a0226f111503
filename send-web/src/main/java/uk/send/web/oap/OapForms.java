package uk.send.web.oap;

import uk.send.commissioning.oap.AreaOfNeed;
import uk.send.commissioning.oap.OapStandards;
import uk.send.commissioning.oap.Rating;
import uk.send.commissioning.oap.SelfAssessments;
import uk.send.web.support.TextInput;

/**
 * The ordinarily available provision forms, bound by the service's one input mechanism: every {@link TextInput} is
 * checked against its column (V39__ordinarily_available_provision.sql) and for control characters, a choice that
 * cannot be converted is a field error, an unreadable version a conflict.
 */
final class OapForms {

    private OapForms() {
    }

    /** A standard: its area, its wording, and (when changing one) whether it is retired. */
    record StandardForm(AreaOfNeed area, @TextInput(max = OapStandards.MAX_WORDING, lines = true) String wording,
                        Boolean retired, Integer version) {
    }

    /** A school's answer to one standard. */
    record AnswerForm(Rating rating, @TextInput(max = SelfAssessments.MAX_TEXT, lines = true) String evidence,
                      @TextInput(max = SelfAssessments.MAX_TEXT, lines = true) String action) {
    }

    /** Submitting the year's self-assessment, at the version the page was opened at. */
    /** @param submission never sent: where a refusal of the whole self-assessment is shown, beside the button */
    record SubmitForm(Integer version, String submission) {
        SubmitForm(Integer version) {
            this(version, null);
        }
    }
}
