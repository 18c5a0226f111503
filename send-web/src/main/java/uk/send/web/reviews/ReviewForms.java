package uk.send.web.reviews;

import uk.send.pathway.plan.CeaseReason;
import uk.send.pathway.plan.ReviewDecision;
import uk.send.web.support.Parsed;
import uk.send.web.support.TextInput;

/**
 * The forms of the review pages, bound by the service's one input mechanism (every {@link TextInput} checked
 * against its column, V24's {@code plan_review} text columns of 4,000, and for control characters; a choice that
 * cannot be converted is a field error; an unreadable version a conflict).
 */
final class ReviewForms {

    static final int TEXT = 4000;

    private ReviewForms() {
    }

    /** A caseworker's step: the date it took effect, and the text or decision the step needs. */
    record ReviewStepForm(@Parsed String day, @Parsed String month, @Parsed String year,
                          @TextInput(max = TEXT, lines = true) String text, ReviewDecision decision, CeaseReason reason,
                          Integer version) {
    }

    /** A parent's or a SENCO's views, given online. */
    record ViewsForm(@TextInput(max = TEXT, lines = true) String text) {
    }

    /** A parent's comments on proposed amendments, given online. */
    record CommentsForm(@TextInput(max = TEXT, lines = true) String comments) {
    }
}
