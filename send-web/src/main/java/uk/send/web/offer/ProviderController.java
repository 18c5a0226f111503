package uk.send.web.offer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.commissioning.offer.EditorEntry;
import uk.send.commissioning.offer.LocalOffer;
import uk.send.domain.access.Viewer;
import uk.send.web.support.Paging;

/**
 * A registered provider's home ({@code /provider}, role PROVIDER): the Local Offer entries of the organisations its
 * account keeps, those not checked in 12 months first and flagged. Each links to the Local Offer editor's own page
 * for the entry ({@link LocalOfferEditorController}), where the provider changes it and marks it as checked.
 */
@Controller
class ProviderController {

    static final String HOME = "/provider";

    private final LocalOffer offer;

    ProviderController(LocalOffer offer) {
        this.offer = offer;
    }

    @GetMapping(HOME)
    String home(Viewer viewer, @RequestParam(defaultValue = "1") int page, Model model) {
        Page<EditorEntry> entries = offer.entries(viewer, false, PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("organizations", offer.organizationsFor(viewer));
        model.addAttribute("entries", entries);
        model.addAttribute("paging", Paging.of(entries, HOME));
        model.addAttribute("dueCount", offer.dueForReview(viewer));
        return "pages/provider/home";
    }
}
