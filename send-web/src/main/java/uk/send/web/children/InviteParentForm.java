package uk.send.web.children;

import uk.send.domain.children.ParentInvitation;
import uk.send.domain.children.Relationship;
import uk.send.web.admin.Text;
import uk.send.web.support.TextInput;

/** "Invite a parent": who they are to the child and the address the first-sign-in link goes to. */
record InviteParentForm(@TextInput(max = InviteParentForm.NAME_MAX) String givenName,
                        @TextInput(max = InviteParentForm.NAME_MAX) String familyName,
                        Relationship relationship,
                        @TextInput(max = Text.EMAIL_MAX) String email) {

    /** carer.given_name and carer.family_name hold 100 characters; the account's display name, both and a space. */
    static final int NAME_MAX = 49;

    static InviteParentForm empty() {
        return new InviteParentForm("", "", null, "");
    }

    ParentInvitation toCommand() {
        return new ParentInvitation(givenName.strip(), familyName.strip(), relationship, email.strip());
    }
}
