package uk.send.web.commissioning;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.commissioning.resourcebase.ResourceBases;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.NeedCode;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;

/** Resource bases: places commissioned by need against places the plans in force occupy, and setting the places. */
@Controller
class ResourceBaseController {

    /** The places at one base for one need. */
    record PlacesForm(Long settingId, NeedCode need, Integer places) {
    }

    private final ResourceBases bases;

    ResourceBaseController(ResourceBases bases) {
        this.bases = bases;
    }

    @GetMapping("/commissioner/resource-bases")
    String page(Model model) {
        model.addAttribute("placesForm", new PlacesForm(null, null, null));
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("utilisation", UtilisationFigures.of(bases.utilisation()));
        model.addAttribute("baseChoices", bases.bases().stream().map(b -> Choice.text(b.id(), b.name())).toList());
        model.addAttribute("needChoices", Choice.of(NeedCode.class, "need"));
        return "pages/commissioner/resource-bases";
    }

    @PostMapping("/commissioner/resource-bases")
    String setPlaces(@ModelAttribute("placesForm") PlacesForm form, BindingResult errors, Viewer viewer, Model model,
                     RedirectAttributes redirect) {
        if (form.settingId() == null && !errors.hasFieldErrors("settingId")) {
            errors.rejectValue("settingId", "resourceBase.error.base");
        } else if (form.settingId() != null && bases.bases().stream().noneMatch(b -> b.id() == form.settingId())) {
            errors.rejectValue("settingId", "resourceBase.error.base");
        }
        if (form.need() == null && !errors.hasFieldErrors("need")) {
            errors.rejectValue("need", "resourceBase.error.need");
        }
        if (!errors.hasFieldErrors("places") && (form.places() == null || form.places() < 0
                || form.places() > ResourceBases.MAX_PLACES)) {
            errors.rejectValue("places", "resourceBase.error.places", new Object[] {ResourceBases.MAX_PLACES}, null);
        }
        if (errors.hasErrors()) {
            return form(model);
        }
        bases.setPlaces(viewer, form.settingId(), form.need(), form.places());
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("resourceBase.notice.set"));
        return "redirect:/commissioner/resource-bases";
    }
}
