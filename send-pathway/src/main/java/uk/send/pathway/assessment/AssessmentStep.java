package uk.send.pathway.assessment;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The steps a needs assessment can take, and the stages at which each is open: the one place that says so.
 * The aggregate refuses a step at any other stage, and the case page offers only the open ones.
 */
public enum AssessmentStep {
    DECIDE_TO_ASSESS(Stage.REQUESTED),
    REFUSE_TO_ASSESS(Stage.REQUESTED),
    REQUEST_ADVICE(Stage.ASSESSING),
    RECEIVE_ADVICE(Stage.ASSESSING),
    DECIDE_TO_ISSUE(Stage.ASSESSING),
    DECIDE_NOT_TO_ISSUE(Stage.ASSESSING),
    ISSUE_DRAFT(Stage.DRAFTING),
    RECORD_DRAFT_RESPONSE(Stage.DRAFT_ISSUED),
    CONSULT_SETTING(Stage.DRAFT_ISSUED),
    FINALISE(Stage.DRAFT_ISSUED),
    RECORD_EXCEPTION(Stage.REQUESTED, Stage.ASSESSING, Stage.DRAFTING, Stage.DRAFT_ISSUED);

    private final Set<Stage> openAt;

    AssessmentStep(Stage first, Stage... more) {
        this.openAt = EnumSet.of(first, more);
    }

    /** Whether this step may be taken from the given stage. */
    public boolean isOpenAt(Stage stage) {
        return openAt.contains(stage);
    }

    /** The steps open at a stage, in the order a case usually takes them. */
    public static List<AssessmentStep> openAt(Stage stage) {
        return Arrays.stream(values()).filter(s -> s.isOpenAt(stage)).toList();
    }
}
