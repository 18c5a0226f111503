package uk.send.web.children;

import uk.send.web.admin.Text;
import uk.send.web.support.TextInput;

/** "Invite the young person": the address their own first-sign-in link goes to. */
record InviteYoungPersonForm(@TextInput(max = Text.EMAIL_MAX) String email) {

    static InviteYoungPersonForm empty() {
        return new InviteYoungPersonForm("");
    }
}
