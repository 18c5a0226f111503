package uk.send.pathway.support;

import org.springframework.stereotype.Component;

import uk.send.domain.children.ChildDirectory;
import uk.send.domain.events.AfterCommitListener;
import uk.send.domain.reference.SenProvision;

/**
 * The census follows SEN Support: a pupil added is recorded as K with their needs; a pupil whose SEN Support
 * ends is recorded as N (but not one recorded as leaving the school, off its roll: their SEN Support follows them), unless an EHC plan has made them E meanwhile. Idempotent (the directory records only a
 * change), so a resubmitted event does no harm.
 */
@Component
class ChildProvisionFollowsSupport {

    private final ChildDirectory children;
    private final SupportRegister register;

    ChildProvisionFollowsSupport(ChildDirectory children, SupportRegister register) {
        this.children = children;
        this.register = register;
    }

    @AfterCommitListener
    void on(AddedToSenSupport added) {
        if (register.provision(added.childId()).filter(p -> p == SenProvision.E).isPresent()) {
            return;
        }
        children.recordSenProvision(added.childId(), SenProvision.K, added.primaryNeed(), added.secondaryNeed());
    }

    @AfterCommitListener
    void on(RemovedFromSenSupport removed) {
        // a pupil recorded as leaving (off the school's roll) is still at SEN Support: it follows them to the next
        // school; one removed from SEN Support while still on the roll is not
        boolean followsChild = removed.reason() == RemovalReason.LEFT_SETTING
                && register.onRoll(removed.settingId(), removed.childId()).isEmpty();
        if (!followsChild && register.provision(removed.childId()).filter(p -> p == SenProvision.K).isPresent()) {
            children.recordSenProvision(removed.childId(), SenProvision.N, null, null);
        }
    }
}
