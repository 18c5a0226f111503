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
}
