package uk.send.pathway.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * Published (inside the step's transaction) after a step moves a case to a new stage, so that the plan
 * can follow: started when the council decides to issue one, issued as a draft and as the final plan.
 *
 * @param on               the date of the step
 * @param namedSettingId   the setting named in the final plan (null before)
 * @param adviceReceived   the advice gathered, one line each, for section K
 */
public record AssessmentStepTaken(long assessmentId, long childId, Stage stage, LocalDate on, Actor actor,
                                  Long namedSettingId, List<String> adviceReceived) {
}
