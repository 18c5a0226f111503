package uk.send.web.admin;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.domain.access.Viewer;
import uk.send.domain.reference.DuplicateReferenceException;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.ReferenceData;
import uk.send.web.support.Notice;

/** Footprints: the localities every setting and every child's home belongs to. */
@Controller
@RequestMapping("/admin/footprints")
class FootprintsController {

    private static final String LIST = "/admin/footprints";

    private final ReferenceData reference;
    private final FootprintFormValidator validator;

    FootprintsController(ReferenceData reference, FootprintFormValidator validator) {
        this.reference = reference;
        this.validator = validator;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("footprintForm", FootprintForm.empty());
        return listPage(model);
    }

    @PostMapping
    String create(@ModelAttribute("footprintForm") FootprintForm form, BindingResult errors, Viewer viewer, Model model,
                  RedirectAttributes redirect) {
        Binding.requireBound(errors);
        validator.validate(form, errors);
        if (!errors.hasErrors()) {
            try {
                FootprintView created = reference.createFootprint(form.code().trim(), form.name().trim(), viewer);
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("admin.footprints.created", created.name()));
                return "redirect:" + LIST;
            } catch (DuplicateReferenceException duplicate) {
                errors.rejectValue(duplicate.field(), "admin.footprints." + duplicate.field() + ".duplicate");
            }
        }
        return listPage(model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        FootprintView footprint = reference.footprintView(id);
        model.addAttribute("footprintForm", FootprintForm.of(footprint));
        return editPage(footprint, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("footprintForm") FootprintForm form, BindingResult errors,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        Binding.requireBound(errors);
        FootprintView footprint = reference.footprintView(id);
        validator.validate(form, errors);
        if (form.version() == null) {
            throw new OptimisticLockingFailureException("No version: cannot tell what the change was made to");
        }
        if (!errors.hasErrors()) {
            try {
                FootprintView updated = reference.updateFootprint(id, form.code().trim(), form.name().trim(),
                        form.version(), viewer);
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("admin.footprints.updated", updated.name()));
                return "redirect:" + LIST;
            } catch (DuplicateReferenceException duplicate) {
                errors.rejectValue(duplicate.field(), "admin.footprints." + duplicate.field() + ".duplicate");
            }
        }
        return editPage(footprint, model);
    }

    private String listPage(Model model) {
        model.addAttribute("footprints", reference.footprints());
        return "pages/admin/footprints";
    }

    private String editPage(FootprintView footprint, Model model) {
        model.addAttribute("footprint", footprint);
        return "pages/admin/footprint-edit";
    }
}
