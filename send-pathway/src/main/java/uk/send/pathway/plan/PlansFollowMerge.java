package uk.send.pathway.plan;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import uk.send.domain.children.ChildrenMerged;
import uk.send.domain.children.MergeRefusedException;

/**
 * When two records of one child are merged, their EHC plans (with every issued version) move to the record
 * kept, in the merge's own transaction (see {@code AssessmentsFollowMerge}). A child has at most one current
 * plan, so a merge of two records that each have one is refused: which plan stands is a decision for the
 * caseworker (cease one first), not for a merge.
 */
@Component
class PlansFollowMerge {

    private final EhcPlanRepository plans;

    PlansFollowMerge(EhcPlanRepository plans) {
        this.plans = plans;
    }

    @EventListener
    void on(ChildrenMerged merged) {
        if (plans.findByChildIdAndCeasedOnIsNull(merged.keptId()).isPresent()
                && plans.findByChildIdAndCeasedOnIsNull(merged.mergedId()).isPresent()) {
            throw new MergeRefusedException("merge.refused.twoPlans");
        }
        plans.moveToChild(merged.mergedId(), merged.keptId());
    }
}
