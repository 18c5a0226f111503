package uk.send.commissioning.placement;

import java.util.List;

/**
 * A placement can be approved only when every exceptionality criterion was answered as met, each with its
 * evidence; it can be refused at any time with a note saying why.
 */
public final class ApprovalRule {

    private ApprovalRule() {
    }

    /** Refuses approval, naming the first criterion (from 1) not met with evidence. */
    public static void requireApprovable(List<CriterionAnswer> answers, int criteria) {
        for (int position = 1; position <= criteria; position++) {
            int p = position;
            CriterionAnswer answer = answers.stream().filter(a -> a.position() == p).findFirst().orElse(null);
            if (answer == null || !answer.met() || !answer.hasEvidence()) {
                throw new PlacementRefusal(PlacementRefusal.Field.DECISION, "inmss.refusal.criterionNotMet", p);
            }
        }
    }
}
