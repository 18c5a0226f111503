package uk.send.web.account;

import jakarta.servlet.http.HttpServletResponse;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.domain.access.AccountLinks;
import uk.send.domain.access.InvalidLinkException;
import uk.send.domain.access.LinkPurpose;
import uk.send.domain.access.PasswordRejectedException;
import uk.send.web.admin.Text;

/**
 * Signing in without a password: "forgotten your password?" sends a single-use link by email (the answer is the
 * same whether or not the address has an account), and the link's page sets a new password under the same rules
 * as an administrator's (an invited account's first password is set the same way). Public: no sign-in needed.
 */
@Controller
@RequestMapping("/password")
class PasswordLinksController {

    private final AccountLinks links;

    PasswordLinksController(AccountLinks links) {
        this.links = links;
    }

    @GetMapping("/forgotten")
    String forgotten(Model model) {
        model.addAttribute("forgottenPasswordForm", ForgottenPasswordForm.empty());
        return "pages/account/forgotten";
    }

    @PostMapping("/forgotten")
    String requestLink(@ModelAttribute ForgottenPasswordForm form, BindingResult errors) {
        if (errors.getTarget() == null) {
            return "redirect:/password/forgotten";
        }
        Text.required(errors, "email", form.email(), "account.email.required");
        if (!errors.hasFieldErrors("email") && !Text.isEmail(form.email())) {
            errors.rejectValue("email", "account.email.invalid");
        }
        if (errors.hasErrors()) {
            return "pages/account/forgotten";
        }
        links.requestPasswordReset(form.email().strip());
        return "pages/account/link-sent";
    }

    /** A link that does not work (unknown, used, expired: never said which) answers 410 Gone with a way on. */
    private static String expired(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return "pages/account/link-expired";
    }

    @GetMapping("/new")
    String newPassword(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        Optional<LinkPurpose> purpose = links.check(token);
        if (purpose.isEmpty()) {
            return expired(response);
        }
        model.addAttribute("newPasswordForm", new NewPasswordForm(token, ""));
        model.addAttribute("purpose", purpose.get());
        return "pages/account/new-password";
    }

    @PostMapping("/new")
    String setPassword(@ModelAttribute NewPasswordForm form, BindingResult errors, Model model,
                       HttpServletResponse response) {
        if (errors.getTarget() == null) {
            return expired(response);
        }
        Optional<LinkPurpose> purpose = links.check(form.token());
        if (purpose.isEmpty()) {
            return expired(response);
        }
        if (form.newPassword() == null || form.newPassword().isEmpty()) {
            errors.rejectValue("newPassword", "admin.password.required");
        } else {
            links.passwordProblems(form.token(), form.newPassword())
                    .forEach(problem -> errors.rejectValue("newPassword", problem.messageKey()));
        }
        if (!errors.hasErrors()) {
            try {
                links.setPassword(form.token(), form.newPassword());
                return "redirect:/login?passwordSet";
            } catch (InvalidLinkException used) {
                return expired(response);
            } catch (PasswordRejectedException rejected) {
                rejected.problems().forEach(p -> errors.rejectValue("newPassword", p.messageKey()));
            }
        }
        // the password field is never filled in again (Thymeleaf renders no value for a password input)
        model.addAttribute("purpose", purpose.get());
        return "pages/account/new-password";
    }
}
