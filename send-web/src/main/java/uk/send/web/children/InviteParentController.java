package uk.send.web.children;


import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildIdentity;
import uk.send.domain.children.InvitationRefusedException;
import uk.send.domain.children.ParentInvitations;
import uk.send.domain.children.Relationship;
import uk.send.web.admin.Text;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;

/**
 * A caseworker (for a child in their footprints) or an administrator invites a parent to the child's record from
 * the child's page: their account is made or linked, and they are emailed a single-use first-sign-in link.
 */
@Controller
class InviteParentController {

    private static final String PAGE = "pages/children/invite-parent";

    private final ChildDirectory children;
    private final ParentInvitations invitations;

    InviteParentController(ChildDirectory children, ParentInvitations invitations) {
        this.children = children;
        this.invitations = invitations;
    }

    @GetMapping("/children/{id}/invite-parent")
    String form(@PathVariable long id, Viewer viewer, Model model) {
        model.addAttribute("inviteParentForm", InviteParentForm.empty());
        return page(id, viewer, model);
    }

    @PostMapping("/children/{id}/invite-parent")
    String invite(@PathVariable long id, @ModelAttribute InviteParentForm form, BindingResult errors, Viewer viewer,
                  Model model, RedirectAttributes redirect) {
        if (errors.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Form values of the wrong type");
        }
        ChildIdentity child = visible(id, viewer);
        Text.required(errors, "givenName", form.givenName(), "admin.children.carer.givenName.required");
        Text.required(errors, "familyName", form.familyName(), "admin.children.carer.familyName.required");
        if (form.relationship() == null) {
            Text.reject(errors, "relationship", "admin.children.carer.relationship.required");
        }
        Text.required(errors, "email", form.email(), "account.email.required");
        if (!errors.hasFieldErrors("email") && !Text.isEmail(form.email())) {
            errors.rejectValue("email", "account.email.invalid");
        }
        if (!errors.hasErrors()) {
            try {
                boolean created = invitations.invite(id, form.toCommand(), viewer);
                redirect.addFlashAttribute(Notice.ATTRIBUTE,
                        Notice.of(created ? "invite.sent" : "invite.linked", form.email().strip()));
                return "redirect:/children/" + id;
            } catch (InvitationRefusedException refused) {
                errors.rejectValue("email", "invite.refused." + refused.reason());
            }
        }
        model.addAttribute("childName", child.fullName());
        model.addAttribute("childId", id);
        model.addAttribute("relationships", Choice.of(Relationship.class, "relationship"));
        return PAGE;
    }

    private String page(long id, Viewer viewer, Model model) {
        ChildIdentity child = visible(id, viewer);
        model.addAttribute("childName", child.fullName());
        model.addAttribute("childId", id);
        model.addAttribute("relationships", Choice.of(Relationship.class, "relationship"));
        return PAGE;
    }

    /** The child, if in the viewer's scope; otherwise 404, as for an id that does not exist. */
    private ChildIdentity visible(long id, Viewer viewer) {
        if (!ParentInvitations.mayInvite(viewer)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return children.identityInScope(viewer, id);
    }
}
