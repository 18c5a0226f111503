package uk.send.web.offer;

import uk.send.web.support.TextInput;

/** A comment from anyone, on the Local Offer ({@code service} null) or on one service. */
record CommentForm(Long service, @TextInput(max = CommentForm.TEXT_MAX, lines = true) String text) {

    static final int TEXT_MAX = 2000;

    static CommentForm on(Long service) {
        return new CommentForm(service, "");
    }
}
