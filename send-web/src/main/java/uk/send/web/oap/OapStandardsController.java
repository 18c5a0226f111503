package uk.send.web.oap;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.commissioning.oap.AreaOfNeed;
import uk.send.commissioning.oap.OapRefusal;
import uk.send.commissioning.oap.OapStandards;
import uk.send.commissioning.oap.StandardView;
import uk.send.domain.access.Viewer;
import uk.send.web.oap.OapForms.StandardForm;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;

/**
 * The council's standards of ordinarily available provision ({@code /oap/standards}), kept by administrators and
 * commissioners: listed by area, added, reworded, retired or brought back, each change kept as a version.
 */
@Controller
class OapStandardsController {

    private final OapStandards standards;

    OapStandardsController(OapStandards standards) {
        this.standards = standards;
    }

    @GetMapping("/oap/standards")
    String list(Viewer viewer, Model model) {
        List<StandardView> all = standards.all(viewer);
        Map<AreaOfNeed, List<StandardView>> byArea = new EnumMap<>(AreaOfNeed.class);
        for (AreaOfNeed area : AreaOfNeed.values()) {
            byArea.put(area, all.stream().filter(s -> s.area() == area && !s.retired()).toList());
        }
        model.addAttribute("byArea", byArea);
        model.addAttribute("retired", all.stream().filter(StandardView::retired).toList());
        return "pages/oap/standards";
    }

    @GetMapping("/oap/standards/new")
    String newStandard(Viewer viewer, Model model) {
        standards.all(viewer);
        model.addAttribute("standardForm", new StandardForm(null, null, false, 0));
        return form(model, null);
    }

    private static String form(Model model, StandardView standard) {
        model.addAttribute("standard", standard);
        model.addAttribute("areaChoices", Choice.of(AreaOfNeed.class, "oap.area"));
        return "pages/oap/standard";
    }

    @PostMapping("/oap/standards/new")
    String add(@ModelAttribute("standardForm") StandardForm form, BindingResult errors, Viewer viewer, Model model,
               RedirectAttributes redirect) {
        standards.all(viewer);
        if (!errors.hasErrors()) {
            try {
                standards.add(viewer, form.area(), form.wording());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("oap.notice.added"));
                return "redirect:/oap/standards";
            } catch (OapRefusal refused) {
                OapRefusals.reject(errors, refused);
            }
        }
        return form(model, null);
    }

    @GetMapping("/oap/standards/{id}")
    String standard(@PathVariable long id, Viewer viewer, Model model) {
        StandardView standard = standards.standard(viewer, id);
        model.addAttribute("standardForm", new StandardForm(standard.area(), standard.wording(), standard.retired(),
                standard.version()));
        model.addAttribute("history", standards.history(viewer, id));
        return form(model, standard);
    }

    @PostMapping("/oap/standards/{id}")
    String change(@PathVariable long id, @ModelAttribute("standardForm") StandardForm form, BindingResult errors,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        StandardView standard = standards.standard(viewer, id);
        if (!errors.hasErrors()) {
            try {
                standards.change(viewer, id, form.version() == null ? -1 : form.version(), form.area(), form.wording(),
                        Boolean.TRUE.equals(form.retired()));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("oap.notice.changed"));
                return "redirect:/oap/standards";
            } catch (OapRefusal refused) {
                OapRefusals.reject(errors, refused);
            }
        }
        model.addAttribute("history", standards.history(viewer, id));
        return form(model, standard);
    }
}
