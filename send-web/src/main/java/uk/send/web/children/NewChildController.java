package uk.send.web.children;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildRefusedException;
import uk.send.domain.children.LikelyDuplicates;
import uk.send.web.support.Notice;

/**
 * Recording a child the service does not know yet, for a caseworker (a request has arrived for them; the
 * request form follows with the child chosen) or an administrator. Likely duplicates are shown before anything
 * is saved: the person either uses one of them or says this is a different child.
 */
@Controller
class NewChildController {

    static final String PATH = "/children/new";

    private final ChildDirectory children;
    private final ChildChoices choices;
    private final ChildFormValidator validator;

    NewChildController(ChildDirectory children, ChildChoices choices, ChildFormValidator validator) {
        this.children = children;
        this.choices = choices;
        this.validator = validator;
    }

    /** The administrator's address for adding a child. */
    @GetMapping("/admin/children/new")
    String adminAddress() {
        return "redirect:" + PATH;
    }

    @GetMapping(PATH)
    String form(Viewer viewer, Model model) {
        model.addAttribute("childForm", ChildForm.empty());
        return formPage(viewer, model);
    }

    @PostMapping(PATH)
    String record(@ModelAttribute("childForm") ChildForm form, BindingResult errors, Viewer viewer, Model model,
                  RedirectAttributes redirect) {
        if (errors.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Form values of the wrong type");
        }
        validator.validate(form, errors);
        if (errors.hasErrors()) {
            return formPage(viewer, model);
        }
        if (!Boolean.TRUE.equals(form.differentChild())) {
            LikelyDuplicates duplicates = children.likelyDuplicates(viewer, form.givenName(), form.familyName(),
                    form.dateOfBirth(), form.parsedUpn(), form.parsedNhsNumber(), null);
            if (!duplicates.isEmpty()) {
                model.addAttribute("duplicates", duplicates);
                model.addAttribute("fields", form.asFields());
                model.addAttribute("sameIdentifier", duplicates.visible().stream()
                        .anyMatch(m -> m.sameUpn() || m.sameNhsNumber()));
                model.addAttribute("caseworker", viewer.is(Role.CASEWORKER));
                return "pages/children/duplicates";
            }
        }
        long id;
        try {
            id = children.record(form.toCommand(), viewer);
        } catch (ChildRefusedException refused) {
            errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            return formPage(viewer, model);
        }
        String name = form.givenName().strip() + " " + form.familyName().strip();
        if (viewer.is(Role.CASEWORKER)) {
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("newChild.recorded.caseworker", name));
            return "redirect:/caseworker/assessments/new?child=" + id;
        }
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("newChild.recorded", name));
        return "redirect:/admin/children/" + id;
    }

    /** Back from the likely-duplicates page to the form, with everything typed kept. */
    @PostMapping(PATH + "/change")
    String change(@ModelAttribute("childForm") ChildForm form, BindingResult errors, Viewer viewer, Model model) {
        if (errors.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Form values of the wrong type");
        }
        return formPage(viewer, model);
    }

    private String formPage(Viewer viewer, Model model) {
        choices.addTo(model, viewer);
        model.addAttribute("backLink", viewer.is(Role.CASEWORKER) ? "/caseworker/children" : "/admin/children");
        return "pages/children/new";
    }
}
