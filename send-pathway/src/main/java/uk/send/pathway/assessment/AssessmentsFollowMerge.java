package uk.send.pathway.assessment;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.send.domain.children.ChildrenMerged;
import uk.send.domain.children.MergeRefusedException;

/**
 * When two records of one child are merged, their needs assessments (with their timelines, advice requests
 * and exceptions, which hang off the case) move to the record kept. A plain event listener, so it runs in the
 * merge's own transaction: the merge and the move commit together or not at all, and no assessment is ever
 * left on a record no one can see. Two open cases cannot become one child's (the database allows one open case
 * per child): that merge is refused.
 */
@Component
class AssessmentsFollowMerge {

    private final NeedsAssessmentRepository assessments;

    AssessmentsFollowMerge(NeedsAssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @EventListener
    void on(ChildrenMerged merged) {
        if (assessments.findFirstByChildIdAndStageIn(merged.keptId(), NeedsAssessments.OPEN).isPresent()
                && assessments.findFirstByChildIdAndStageIn(merged.mergedId(), NeedsAssessments.OPEN).isPresent()) {
            throw new MergeRefusedException("merge.refused.twoOpenAssessments");
        }
        assessments.moveToChild(merged.mergedId(), merged.keptId());
    }
}
