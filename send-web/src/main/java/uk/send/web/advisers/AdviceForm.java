package uk.send.web.advisers;

/** What an adviser submits: their advice, kept as typed so that a page with errors shows it again. */
record AdviceForm(String advice) {

    /** The advice column's size. */
    static final int ADVICE_MAX = 20_000;

    static AdviceForm empty() {
        return new AdviceForm("");
    }

    boolean blank() {
        return advice == null || advice.isBlank();
    }

    boolean tooLong() {
        return advice != null && advice.trim().length() > ADVICE_MAX;
    }

    /** Leaves out the advice: forms end up in logs, and advice is about a child. */
    @Override
    public String toString() {
        return "AdviceForm[length=" + (advice == null ? 0 : advice.length()) + "]";
    }
}
