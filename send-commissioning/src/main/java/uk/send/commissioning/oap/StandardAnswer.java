package uk.send.commissioning.oap;

/** One standard in force with this year's answer to it, for the school's form. */
public record StandardAnswer(StandardView standard, Rating rating, String evidence, String action, boolean editable) {
}
