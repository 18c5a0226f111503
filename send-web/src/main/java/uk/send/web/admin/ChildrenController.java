package uk.send.web.admin;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildRecord;
import uk.send.domain.children.ChildSummary;
import uk.send.domain.children.Relationship;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;
import uk.send.web.support.Paging;

/**
 * Children and their parents and carers: the administrator links carers to parents' accounts, which is
 * what lets a parent see their child's record (and only theirs). Every view and change is audited by
 * the directory.
 */
@Controller
@RequestMapping("/admin/children")
class ChildrenController {

    private static final String LIST = "/admin/children";

    private final ChildDirectory children;
    private final ParentAccounts parentAccounts;
    private final CarerFormValidator carerValidator;
    private final LinkFormValidator linkValidator;

    ChildrenController(ChildDirectory children, ParentAccounts parentAccounts, CarerFormValidator carerValidator,
                       LinkFormValidator linkValidator) {
        this.children = children;
        this.parentAccounts = parentAccounts;
        this.carerValidator = carerValidator;
        this.linkValidator = linkValidator;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Viewer viewer,
                  Model model) {
        Page<ChildSummary> results = children.search(viewer, q, null,
                PageRequest.of(Paging.index(page), Paging.SIZE, ChildDirectory.DEFAULT_SORT));
        model.addAttribute("children", results.getContent());
        model.addAttribute("paging", Paging.of(results, LIST, "q", q));
        model.addAttribute("q", q);
        return "pages/admin/children";
    }

    @GetMapping("/{id}")
    String child(@PathVariable long id, Viewer viewer, Model model) {
        java.util.Optional<Long> kept = children.mergedInto(id);
        if (kept.isPresent()) {
            return "redirect:" + LIST + "/" + kept.get();
        }
        model.addAttribute("carerForm", CarerForm.empty());
        return childPage(children.view(viewer, id), model);
    }

    @PostMapping("/{id}/carers")
    String addCarer(@PathVariable long id, @ModelAttribute("carerForm") CarerForm form, BindingResult errors,
                    Viewer viewer, Model model, RedirectAttributes redirect) {
        Binding.requireBound(errors);
        ChildRecord child = children.view(viewer, id);
        carerValidator.validate(form, child, errors);
        if (errors.hasErrors()) {
            return childPage(child, model);
        }
        children.addCarer(id, form.toDetails(), viewer);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("admin.children.carer.added",
                form.givenName().trim() + " " + form.familyName().trim()));
        return "redirect:" + LIST + "/" + id;
    }

    @PostMapping("/{id}/carers/{carerId}/link")
    String link(@PathVariable long id, @PathVariable long carerId, @ModelAttribute("linkForm") LinkForm form,
                BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        Binding.requireBound(errors);
        ChildRecord child = children.view(viewer, id);
        ChildRecord.CarerView carer = carer(child, carerId);
        linkValidator.validate(form, child, carerId, errors);
        if (errors.hasErrors()) {
            model.addAttribute("linkCarerId", carerId);
            model.addAttribute("carerForm", CarerForm.empty());
            return childPage(child, model);
        }
        children.linkCarerAccount(id, carerId, form.linkAccountId(), viewer);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("admin.children.linked", carer.fullName()));
        return "redirect:" + LIST + "/" + id;
    }

    @PostMapping("/{id}/carers/{carerId}/unlink")
    String unlink(@PathVariable long id, @PathVariable long carerId, Viewer viewer, RedirectAttributes redirect) {
        ChildRecord.CarerView carer = carer(children.view(viewer, id), carerId);
        children.linkCarerAccount(id, carerId, null, viewer);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("admin.children.unlinked", carer.fullName()));
        return "redirect:" + LIST + "/" + id;
    }

    private static ChildRecord.CarerView carer(ChildRecord child, long carerId) {
        return child.carers().stream().filter(c -> c.id() == carerId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No such carer on this record"));
    }

    private String childPage(ChildRecord child, Model model) {
        model.addAttribute("child", child);
        model.addAttribute("parentAccounts", parentAccounts.choices());
        model.addAttribute("relationships", Choice.of(Relationship.class, "relationship"));
        model.addAttribute("yesNo", List.of(Choice.message(true, "common.yes"), Choice.message(false, "common.no")));
        if (!model.containsAttribute("linkForm")) {
            model.addAttribute("linkForm", new LinkForm(null));
        }
        return "pages/admin/child";
    }
}
