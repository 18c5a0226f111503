package uk.send.web.offer;

import java.util.Arrays;

import org.springframework.dao.OptimisticLockingFailureException;
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

import uk.send.commissioning.offer.OfferPageKind;
import uk.send.commissioning.offer.OfferPageView;
import uk.send.commissioning.offer.OfferPages;
import uk.send.domain.access.Viewer;
import uk.send.web.support.Notice;

/**
 * The council's own Local Offer pages: public at {@code /local-offer/short-breaks} and
 * {@code /local-offer/personal-budgets}; edited by the Local Offer's editors and administrators at
 * {@code /local-offer-editor/pages/{page}}, each change a version, a stale form a conflict.
 */
@Controller
class OfferPagesController {

    private final OfferPages pages;

    OfferPagesController(OfferPages pages) {
        this.pages = pages;
    }

    @GetMapping("/local-offer/short-breaks")
    String shortBreaks(Model model) {
        return show(OfferPageKind.SHORT_BREAKS, model);
    }

    @GetMapping("/local-offer/personal-budgets")
    String personalBudgets(Model model) {
        return show(OfferPageKind.PERSONAL_BUDGETS, model);
    }

    @GetMapping(LocalOfferEditorController.HOME + "/pages/{page}")
    String edit(@PathVariable String page, Viewer viewer, Model model) {
        OfferPageKind kind = kind(page);
        OfferPageView current = pages.page(kind);
        model.addAttribute("offerPageForm", new OfferPageForm(current.title(), current.body(), current.version()));
        return editPage(kind, viewer, model);
    }

    @PostMapping(LocalOfferEditorController.HOME + "/pages/{page}")
    String change(@PathVariable String page, @ModelAttribute("offerPageForm") OfferPageForm form, BindingResult errors,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        OfferPageKind kind = kind(page);
        if (errors.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Form values of the wrong type");
        }
        if (form.version() == null) {
            throw new OptimisticLockingFailureException("No version: cannot tell what the change was made to");
        }
        if ((form.title() == null || form.title().isBlank()) && !errors.hasFieldErrors("title")) {
            errors.rejectValue("title", "offer.pages.title.required");
        }
        if ((form.body() == null || form.body().isBlank()) && !errors.hasFieldErrors("body")) {
            errors.rejectValue("body", "offer.pages.body.required");
        }
        if (errors.hasErrors()) {
            return editPage(kind, viewer, model);
        }
        pages.change(viewer, kind, form.version(), form.title(), form.body());
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("offer.pages.changed", form.title().strip()));
        return "redirect:" + LocalOfferEditorController.HOME + "/pages/" + kind.name();
    }

    private String show(OfferPageKind kind, Model model) {
        OfferPageView page = pages.page(kind);
        model.addAttribute("page", page);
        model.addAttribute("blocks", PlainTextPage.blocks(page.body()));
        return "pages/local-offer/page";
    }

    private String editPage(OfferPageKind kind, Viewer viewer, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("publicPath", kind == OfferPageKind.SHORT_BREAKS ? "/local-offer/short-breaks"
                : "/local-offer/personal-budgets");
        model.addAttribute("versions", pages.versions(viewer, kind));
        model.addAttribute("maxBody", OfferPages.BODY_MAX);
        return "pages/local-offer-editor/page";
    }

    /** A page by its name in the address; any other name is not found. */
    private static OfferPageKind kind(String page) {
        return Arrays.stream(OfferPageKind.values()).filter(k -> k.name().equals(page)).findFirst()
                .orElseThrow(() -> new java.util.NoSuchElementException("No page " + page));
    }
}
