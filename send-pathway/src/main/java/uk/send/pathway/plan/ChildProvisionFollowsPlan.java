package uk.send.pathway.plan;

import org.springframework.stereotype.Component;

import uk.send.domain.children.ChildDirectory;
import uk.send.domain.events.AfterCommitListener;
import uk.send.domain.reference.SenProvision;

/**
 * A finalised plan makes the child's census SEN provision E (EHC plan), so that the commissioner's count of
 * plans and a SENCO's register agree with the caseload. The child's recorded needs are kept. Idempotent: a
 * resubmitted event records E again.
 */
@Component
class ChildProvisionFollowsPlan {

    private final ChildDirectory children;

    ChildProvisionFollowsPlan(ChildDirectory children) {
        this.children = children;
    }

    @AfterCommitListener
    void on(PlanFinalised finalised) {
        children.recordSenProvision(finalised.childId(), SenProvision.E, null, null);
    }

    /**
     * A plan that ceased no longer counts as an EHC plan: a child whose needs are now met without one is at SEN
     * Support (K); one who left (moved away, transferred, left education, died) has no SEN provision here (N).
     */
    @AfterCommitListener
    void on(PlanReviewEvent.PlanCeased ceased) {
        children.recordSenProvision(ceased.childId(),
                ceased.reason() == CeaseReason.NEEDS_MET_WITHOUT_PLAN ? SenProvision.K : SenProvision.N, null, null);
    }
}
