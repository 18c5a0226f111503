package uk.send.web.admin;

import org.springframework.dao.OptimisticLockingFailureException;
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

import uk.send.domain.access.Viewer;
import uk.send.domain.reference.DuplicateReferenceException;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;
import uk.send.web.support.Paging;

/** Schools and other settings: found by name or URN, in a footprint, of a type. */
@Controller
@RequestMapping("/admin/settings")
class SettingsController {

    private static final String LIST = "/admin/settings";
    private static final Sort SORT = Sort.by("name", "id");

    private final ReferenceData reference;
    private final SettingFormValidator validator;

    SettingsController(ReferenceData reference, SettingFormValidator validator) {
        this.reference = reference;
        this.validator = validator;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long footprint,
                @RequestParam(required = false) SettingType type, @RequestParam(defaultValue = "1") int page,
                Model model) {
        Page<SettingView> settings = reference.settings(q, footprint, type,
                PageRequest.of(Paging.index(page), Paging.SIZE, SORT));
        model.addAttribute("settings", settings.getContent());
        model.addAttribute("paging", Paging.of(settings, LIST, "q", q, "footprint", footprint, "type", type));
        model.addAttribute("q", q);
        model.addAttribute("footprint", footprint);
        model.addAttribute("type", type);
        addChoices(model);
        return "pages/admin/settings";
    }

    @GetMapping("/new")
    String newSetting(Model model) {
        model.addAttribute("settingForm", SettingForm.empty());
        return formPage(null, model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("settingForm") SettingForm form, BindingResult errors, Viewer viewer, Model model,
                  RedirectAttributes redirect) {
        Binding.requireBound(errors);
        SettingForm typed = form.asNew();
        validator.validate(typed, errors);
        if (!errors.hasErrors()) {
            try {
                SettingView created = reference.createSetting(typed.toDetails(), viewer);
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("admin.settings.created", created.name()));
                return "redirect:" + LIST;
            } catch (DuplicateReferenceException duplicate) {
                errors.rejectValue(duplicate.field(), "admin.settings." + duplicate.field() + ".duplicate");
            }
        }
        return formPage(null, model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        SettingView setting = reference.settingView(id);
        model.addAttribute("settingForm", SettingForm.of(setting));
        return formPage(setting, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("settingForm") SettingForm form, BindingResult errors,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        Binding.requireBound(errors);
        SettingView setting = reference.settingView(id);
        if (form.isNew()) {
            throw new OptimisticLockingFailureException("No version: cannot tell what the change was made to");
        }
        validator.validate(form, errors);
        if (form.hostSettingId() != null && form.hostSettingId() == id) {
            errors.rejectValue("hostSettingId", "admin.settings.hostSettingId.self");
        }
        if (errors.hasErrors()) {
            return formPage(setting, model);
        }
        SettingView updated = reference.updateSetting(id, form.toDetails(), form.version(), viewer);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("admin.settings.updated", updated.name()));
        return "redirect:" + LIST;
    }

    /** The add or change page; {@code setting} is null when adding. */
    private String formPage(SettingView setting, Model model) {
        model.addAttribute("setting", setting);
        addChoices(model);
        model.addAttribute("phases", Choice.of(Phase.class, "phase"));
        model.addAttribute("hosts", reference.allSettings().stream()
                .filter(s -> s.type().isMainstream() && (setting == null || s.id() != setting.id()))
                .map(s -> Choice.text(s.id(), s.name() + " (" + s.urn() + ")")).toList());
        return "pages/admin/setting";
    }

    private void addChoices(Model model) {
        model.addAttribute("types", Choice.of(SettingType.class, "settingType"));
        model.addAttribute("footprints", reference.footprints().stream()
                .map(f -> Choice.text(f.id(), f.name())).toList());
    }
}
