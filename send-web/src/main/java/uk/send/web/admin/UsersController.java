package uk.send.web.admin;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.EmailInUseException;
import uk.send.domain.access.PasswordRejectedException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.ReferenceData;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;
import uk.send.web.support.Paging;

/** Accounts: who may sign in, with which role and which scope; unlocking and new passwords. */
@Controller
@RequestMapping("/admin/users")
class UsersController {

    private static final String LIST = "/admin/users";
    private static final Sort SORT = Sort.by("displayName", "id");

    private final AccountService accounts;
    private final ReferenceData reference;
    private final UserFormValidator userFormValidator;
    private final UserChangesFormValidator changesValidator;
    private final PasswordFormValidator passwordValidator;

    UsersController(AccountService accounts, ReferenceData reference, UserFormValidator userFormValidator,
                    UserChangesFormValidator changesValidator, PasswordFormValidator passwordValidator) {
        this.accounts = accounts;
        this.reference = reference;
        this.userFormValidator = userFormValidator;
        this.changesValidator = changesValidator;
        this.passwordValidator = passwordValidator;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
                @RequestParam(defaultValue = "1") int page, Model model) {
        Page<AccountView> users = accounts.search(q, role, PageRequest.of(Paging.index(page), Paging.SIZE, SORT));
        model.addAttribute("users", users.getContent());
        model.addAttribute("paging", Paging.of(users, LIST, "q", q, "role", role));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("roles", Choice.of(Role.class, "role"));
        return "pages/admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("userForm", UserForm.empty());
        return newUserPage(model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("userForm") UserForm form, BindingResult errors, Viewer viewer, Model model,
                  RedirectAttributes redirect) {
        Binding.requireBound(errors);
        userFormValidator.validate(form, errors);
        if (errors.hasErrors()) {
            return newUserPage(model);
        }
        try {
            AccountView created = accounts.create(form.toCommand(), viewer);
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("admin.users.created", created.email()));
            return "redirect:" + LIST;
        } catch (EmailInUseException inUse) {
            errors.rejectValue("email", "admin.users.email.inUse");
        } catch (PasswordRejectedException rejected) {
            rejected.problems().forEach(p -> errors.rejectValue("password", p.messageKey()));
        }
        return newUserPage(model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        AccountView account = accounts.find(id).orElseThrow();
        model.addAttribute("userChangesForm", UserChangesForm.of(account));
        model.addAttribute("passwordForm", PasswordForm.empty());
        return editPage(account, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("userChangesForm") UserChangesForm form, BindingResult errors,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        Binding.requireBound(errors);
        AccountView account = accounts.find(id).orElseThrow();
        changesValidator.validate(form, errors);
        if (form.role() == Role.YOUNG_PERSON && account.role() != Role.YOUNG_PERSON) {
            errors.rejectValue("role", "admin.users.role.youngPerson");
        }
        if (errors.hasErrors()) {
            model.addAttribute("passwordForm", PasswordForm.empty());
            return editPage(account, model);
        }
        AccountView updated = accounts.update(id, form.toCommand(), viewer);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("admin.users.updated", updated.email()));
        return "redirect:" + LIST;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, Viewer viewer, RedirectAttributes redirect) {
        AccountView account = accounts.find(id).orElseThrow();
        accounts.unlock(id, viewer);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("admin.users.unlocked", account.email()));
        return "redirect:" + LIST + "/" + id;
    }

    @PostMapping("/{id}/password")
    String changePassword(@PathVariable long id, @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors,
                          Viewer viewer, Model model, RedirectAttributes redirect) {
        Binding.requireBound(errors);
        AccountView account = accounts.find(id).orElseThrow();
        passwordValidator.validate(form, account.email(), errors);
        if (!errors.hasErrors()) {
            try {
                accounts.changePassword(id, form.newPassword(), viewer);
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("admin.users.passwordChanged", account.email()));
                return "redirect:" + LIST + "/" + id;
            } catch (PasswordRejectedException rejected) {
                rejected.problems().forEach(p -> errors.rejectValue("newPassword", p.messageKey()));
            }
        }
        model.addAttribute("userChangesForm", UserChangesForm.of(account));
        return editPage(account, model);
    }

    private String newUserPage(Model model) {
        addChoices(model, false);
        return "pages/admin/user-new";
    }

    private String editPage(AccountView account, Model model) {
        model.addAttribute("account", account);
        addChoices(model, account.role() == Role.YOUNG_PERSON);
        return "pages/admin/user-edit";
    }

    /** The roles offered: a young person's account is made only by invitation from their record, so kept, never chosen. */
    private void addChoices(Model model, boolean youngPerson) {
        model.addAttribute("roles", Choice.of(Role.class, "role").stream()
                .filter(c -> youngPerson || !Role.YOUNG_PERSON.name().equals(String.valueOf(c.value()))).toList());
        model.addAttribute("settings", reference.allSettings().stream()
                .map(s -> Choice.text(s.id(), s.name() + " (" + s.urn() + ")")).toList());
        model.addAttribute("footprints", reference.footprints().stream()
                .map(f -> Choice.text(f.id(), f.name())).toList());
    }
}
