package uk.send.web.admin;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.send.domain.children.ChildRecord;

/** Linking a carer needs a parent's account, not already linked to another carer of the same child. */
@Component
class LinkFormValidator {

    private final ParentAccounts parentAccounts;

    LinkFormValidator(ParentAccounts parentAccounts) {
        this.parentAccounts = parentAccounts;
    }

    void validate(LinkForm form, ChildRecord child, long carerId, Errors errors) {
        if (errors.hasFieldErrors("linkAccountId")) {
            return;
        }
        if (form.linkAccountId() == null) {
            errors.rejectValue("linkAccountId", "admin.children.link.required");
        } else {
            parentAccounts.check(errors, "linkAccountId", form.linkAccountId(), child, carerId);
        }
    }
}
