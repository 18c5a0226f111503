package uk.send.web.account;

import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.domain.access.Viewer;
import uk.send.domain.notifications.NoticeKind;
import uk.send.domain.notifications.NoticePreference;
import uk.send.domain.notifications.NotificationPreferences;
import uk.send.web.support.Notice;

/**
 * A family's choice of the emails the service sends them about their child's case, for the signed-in account
 * only (there is no account id in the address to tamper with). Statutory notices are always sent, and the page
 * says so.
 */
@Controller
class NotificationPreferencesController {

    static final String PATH = "/account/notifications";

    private final NotificationPreferences preferences;

    NotificationPreferencesController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping(PATH)
    String show(Viewer viewer, Model model) {
        List<NoticePreference> current = preferences.of(viewer.userId());
        NotificationsForm form = new NotificationsForm(current.stream()
                .filter(p -> !p.alwaysSent() && p.emailOn()).map(NoticePreference::kind).toList());
        model.addAttribute("notificationsForm", form);
        return page(form, viewer, model);
    }

    @PostMapping(PATH)
    String save(@ModelAttribute("notificationsForm") NotificationsForm form, BindingResult errors, Viewer viewer,
                Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(form, viewer, model);
        }
        EnumSet<NoticeKind> on = EnumSet.noneOf(NoticeKind.class);
        if (form.emailOn() != null) {
            form.emailOn().stream().filter(k -> k != null).forEach(on::add);
        }
        preferences.choose(viewer.userId(), on);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("notifications.saved"));
        return "redirect:" + PATH;
    }

    private String page(NotificationsForm form, Viewer viewer, Model model) {
        model.addAttribute("ticked", java.util.Arrays.stream(NoticeKind.values()).filter(form::wants)
                .map(NoticeKind::name).toList());
        model.addAttribute("optional", List.of(NoticeKind.values()).stream().filter(k -> !k.alwaysSent()).toList());
        model.addAttribute("always", List.of(NoticeKind.values()).stream().filter(NoticeKind::alwaysSent).toList());
        model.addAttribute("home", viewer.role().homePath());
        return "pages/account/notifications";
    }
}
