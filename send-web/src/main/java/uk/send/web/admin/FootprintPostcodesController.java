package uk.send.web.admin;

import java.util.List;

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
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.ReferenceData;
import uk.send.web.support.Notice;

/**
 * The postcode districts and areas a footprint covers, which decide the home footprint of a child recorded by
 * hand or migrated, and of a setting added from GIAS. A district or area another footprint covered moves to this one.
 */
@Controller
@RequestMapping("/admin/footprints/{id}/postcodes")
class FootprintPostcodesController {

    private final ReferenceData reference;

    FootprintPostcodesController(ReferenceData reference) {
        this.reference = reference;
    }

    @GetMapping
    String edit(@PathVariable long id, Model model) {
        FootprintView footprint = reference.footprintView(id);
        model.addAttribute("postcodesForm", PostcodesForm.of(reference.postcodesOf(id)));
        return page(footprint, model);
    }

    @PostMapping
    String save(@PathVariable long id, @ModelAttribute("postcodesForm") PostcodesForm form, BindingResult errors,
                Viewer viewer, Model model, RedirectAttributes redirect) {
        Binding.requireBound(errors);
        FootprintView footprint = reference.footprintView(id);
        if (!errors.hasFieldErrors("prefixes")) {
            List<String> wrong = form.list().stream()
                    .filter(p -> p.length() > 4 || !ReferenceData.POSTCODE_PREFIX.matcher(p).matches()).toList();
            if (!wrong.isEmpty()) {
                String shown = String.join(", ", wrong);
                errors.rejectValue("prefixes", "admin.postcodes.invalid",
                        new Object[] {shown.length() > 100 ? shown.substring(0, 100) + "…" : shown}, null);
            }
        }
        if (errors.hasErrors()) {
            return page(footprint, model);
        }
        reference.coverPostcodes(id, form.list(), viewer);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("admin.postcodes.saved", footprint.name()));
        return "redirect:/admin/footprints/" + id + "/postcodes";
    }

    private String page(FootprintView footprint, Model model) {
        model.addAttribute("footprint", footprint);
        return "pages/admin/footprint-postcodes";
    }
}
