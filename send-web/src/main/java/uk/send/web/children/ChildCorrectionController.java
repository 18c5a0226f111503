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
import uk.send.domain.children.ChildRecord;
import uk.send.domain.children.ChildRefusedException;
import uk.send.web.support.Notice;

/** An administrator corrects a child's details, with the same checks as a new child's. */
@Controller
class ChildCorrectionController {

    private final ChildDirectory children;
    private final ChildChoices choices;
    private final ChildFormValidator validator;

    ChildCorrectionController(ChildDirectory children, ChildChoices choices, ChildFormValidator validator) {
        this.children = children;
        this.choices = choices;
        this.validator = validator;
    }

    @GetMapping("/admin/children/{id}/edit")
    String form(@PathVariable long id, Viewer viewer, Model model) {
        ChildRecord child = children.view(viewer, id);
        model.addAttribute("childDetailsForm", ChildDetailsForm.of(child));
        return page(child, viewer, model);
    }

    @PostMapping("/admin/children/{id}/edit")
    String correct(@PathVariable long id, @ModelAttribute("childDetailsForm") ChildDetailsForm form, BindingResult errors,
                   Viewer viewer, Model model, RedirectAttributes redirect) {
        if (errors.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Form values of the wrong type");
        }
        ChildRecord child = children.view(viewer, id);
        if (form.version() == null) {
            throw new org.springframework.dao.OptimisticLockingFailureException("No version");
        }
        validator.validateChild(form, child.homePostcode() != null, errors);
        if (!errors.hasErrors()) {
            try {
                children.correct(id, form.toCommand(), viewer);
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("childDetails.corrected"));
                return "redirect:/admin/children/" + id;
            } catch (ChildRefusedException refused) {
                errors.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            }
        }
        return page(child, viewer, model);
    }

    private String page(ChildRecord child, Viewer viewer, Model model) {
        model.addAttribute("child", child);
        choices.addTo(model, viewer);
        return "pages/admin/child-edit";
    }
}
