package uk.send.web.assessments;

import java.time.LocalDate;

import uk.send.pathway.assessment.NextAction;

/** For the case page: whether a step was done after the day it was due by ({@link NextAction#late}). */
public final class Lateness {

    static final Lateness INSTANCE = new Lateness();

    private Lateness() {
    }

    public boolean late(LocalDate done, LocalDate due) {
        return NextAction.late(done, due);
    }
}
