package uk.send.web.offer;

import uk.send.pathway.plan.OutcomeTag;
import uk.send.web.support.TextInput;

/**
 * The editor's decision on a comment: the text to publish (with anything identifying taken out), the response,
 * and the outcomes framework statement it speaks to (optional).
 */
record ModerationForm(@TextInput(max = CommentForm.TEXT_MAX, lines = true) String publishedText,
                      @TextInput(max = CommentForm.TEXT_MAX, lines = true) String response,
                      OutcomeTag outcome) {
}
