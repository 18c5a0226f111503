package uk.send.web.children;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildIdentity;
import uk.send.domain.children.InvitationRefusedException;
import uk.send.domain.children.YoungPersonInvitations;
import uk.send.web.admin.Text;
import uk.send.web.support.Notice;

/**
 * A caseworker (the child in their footprints) or an administrator invites a young person aged 16 or over to hold
 * their own account, from their record: the page says when they turn 16 if they have not, or whose account they
 * already hold; the invitation itself is refused by the domain on the same rules (by the injected clock).
 */
@Controller
class InviteYoungPersonController {

    private static final String PAGE = "pages/children/invite-young-person";
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ChildDirectory children;
    private final YoungPersonInvitations invitations;

    InviteYoungPersonController(ChildDirectory children, YoungPersonInvitations invitations) {
        this.children = children;
        this.invitations = invitations;
    }

    @GetMapping("/children/{id}/invite-young-person")
    String form(@PathVariable long id, Viewer viewer, Model model) {
        model.addAttribute("inviteYoungPersonForm", InviteYoungPersonForm.empty());
        return page(id, viewer, model);
    }

    @PostMapping("/children/{id}/invite-young-person")
    String invite(@PathVariable long id, @ModelAttribute InviteYoungPersonForm form, BindingResult errors,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        YoungPersonInvitations.Status status = status(id, viewer);
        Text.required(errors, "email", form.email(), "account.email.required");
        if (!errors.hasFieldErrors("email") && !Text.isEmail(form.email())) {
            errors.rejectValue("email", "account.email.invalid");
        }
        if (!errors.hasErrors()) {
            try {
                invitations.invite(id, form.email(), viewer);
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("youngPerson.invite.sent", form.email().strip()));
                return "redirect:/children/" + id;
            } catch (InvitationRefusedException refused) {
                errors.rejectValue("email", "invite.refused." + refused.reason(),
                        new Object[] {LONG_DATE.format(status.sixteenOn())}, null);
            }
        }
        return page(id, viewer, model);
    }

    private String page(long id, Viewer viewer, Model model) {
        YoungPersonInvitations.Status status = status(id, viewer);
        ChildIdentity child = children.identities(java.util.List.of(id)).get(id);
        model.addAttribute("childName", child.fullName());
        model.addAttribute("childId", id);
        model.addAttribute("status", status);
        model.addAttribute("sixteenOn", LONG_DATE.format(status.sixteenOn()));
        return PAGE;
    }

    /** The child's invitation status, if the viewer may invite to this record; otherwise 404, as for an unknown id. */
    private YoungPersonInvitations.Status status(long id, Viewer viewer) {
        java.util.Optional<YoungPersonInvitations.Status> status = invitations.status(viewer, id);
        if (status.isEmpty()) {
            // a child outside the viewer's scope is refused here, and the refusal audited; an unknown one falls through
            children.identityInScope(viewer, id);
            throw new NoSuchElementException("No such child");
        }
        return status.get();
    }
}
