package uk.send.web.advisers;

import uk.send.web.support.TextInput;

/** What an adviser submits: their advice, kept as typed so that a page with errors shows it again. */
record AdviceForm(@TextInput(max = AdviceForm.ADVICE_MAX, lines = true) String advice) {

    /** The advice column's size (advice_request.advice). */
    static final int ADVICE_MAX = 20_000;

    static AdviceForm empty() {
        return new AdviceForm("");
    }

    boolean blank() {
        return advice == null || advice.isBlank();
    }

    /** Leaves out the advice: forms end up in logs, and advice is about a child. */
    @Override
    public String toString() {
        return "AdviceForm[length=" + (advice == null ? 0 : advice.length()) + "]";
    }
}
