package uk.send.web.offer;

import java.util.List;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;

import uk.send.commissioning.offer.Access;
import uk.send.commissioning.offer.Category;
import uk.send.commissioning.offer.CommentView;
import uk.send.commissioning.offer.Cost;
import uk.send.commissioning.offer.LocalOffer;
import uk.send.commissioning.offer.OfferComments;
import uk.send.commissioning.offer.OfferSearch;
import uk.send.commissioning.offer.ServiceSummary;
import uk.send.commissioning.offer.ServiceView;
import uk.send.commissioning.offer.TooManyCommentsException;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.ReferenceData;
import uk.send.web.support.Choice;
import uk.send.web.support.Paging;

/**
 * The Local Offer's public pages, for anyone, signed in or not: search with filters in the address, each
 * service's page, "You said, we did" and the comment form.
 */
@Controller
@RequestMapping("/local-offer")
class LocalOfferController {

    private static final String HOME = "/local-offer";

    private final LocalOffer offer;
    private final OfferComments comments;
    private final ReferenceData reference;

    LocalOfferController(LocalOffer offer, OfferComments comments, ReferenceData reference) {
        this.offer = offer;
        this.comments = comments;
        this.reference = reference;
    }

    @GetMapping
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
                  @RequestParam(required = false) String age, @RequestParam(required = false) String need,
                  @RequestParam(required = false) String footprint, @RequestParam(required = false) String cost,
                  @RequestParam(required = false) String access, @RequestParam(defaultValue = "1") String page,
                  Model model) {
        List<FootprintView> footprints = reference.footprints();
        OfferFilters filters = new OfferFilters(q, category, age, need, footprint, cost, access);
        OfferSearch search = filters.search(footprints.stream().map(FootprintView::id).toList());
        Page<ServiceSummary> results = offer.search(search, PageRequest.of(Paging.index(pageNumber(page)), Paging.SIZE));
        model.addAttribute("search", search);
        model.addAttribute("results", results);
        model.addAttribute("paging", Paging.of(results, HOME, filters.asParameters(search)));
        model.addAttribute("categories", Choice.of(Category.class, "offer.category"));
        model.addAttribute("needs", LocalOffer.needs().stream()
                .map(n -> Choice.text(n.name(), n.description())).toList());
        model.addAttribute("footprints", footprints.stream().map(f -> Choice.text(f.id(), f.name())).toList());
        model.addAttribute("costs", Choice.of(Cost.class, "offer.cost"));
        model.addAttribute("accesses", Choice.of(Access.class, "offer.access"));
        return "pages/local-offer/search";
    }

    @GetMapping("/services/{id}")
    String service(@PathVariable long id, Model model) {
        ServiceView service = offer.published(id);
        model.addAttribute("service", service);
        model.addAttribute("comments", comments.published(id, PageRequest.of(0, Paging.SIZE)).getContent());
        return "pages/local-offer/service";
    }

    @GetMapping("/you-said-we-did")
    String published(@RequestParam(defaultValue = "1") String page, Model model) {
        Page<CommentView> published = comments.published(null, PageRequest.of(Paging.index(pageNumber(page)), Paging.SIZE));
        model.addAttribute("comments", published);
        model.addAttribute("paging", Paging.of(published, HOME + "/you-said-we-did"));
        return "pages/local-offer/you-said-we-did";
    }

    @GetMapping("/comment")
    String commentForm(@RequestParam(required = false) String service, Model model) {
        Long serviceId = serviceToCommentOn(service);
        model.addAttribute("commentForm", CommentForm.on(serviceId));
        return commentPage(serviceId, model);
    }

    @PostMapping("/comment")
    String comment(@ModelAttribute("commentForm") CommentForm form, BindingResult errors, HttpServletRequest request,
                   Model model) {
        if (errors.getTarget() == null || errors.hasFieldErrors("service")) {
            // the service is written by the page itself: one that cannot be read is not a page of ours
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unreadable service");
        }
        Long serviceId = form.service();
        if (serviceId != null && !offer.isPublished(serviceId)) {
            throw new NoSuchElementException("No published service " + serviceId);
        }
        if (form.text() == null || form.text().isBlank()) {
            if (!errors.hasFieldErrors("text")) {
                errors.rejectValue("text", "offer.comment.text.required");
            }
        }
        if (!errors.hasErrors()) {
            try {
                comments.submit(serviceId, form.text(), request.getRemoteAddr());
                return "redirect:" + HOME + "/comment/sent" + (serviceId == null ? "" : "?service=" + serviceId);
            } catch (TooManyCommentsException tooMany) {
                errors.rejectValue("text", "offer.comment.tooMany", new Object[] {tooMany.limit()}, null);
            }
        }
        return commentPage(serviceId, model);
    }

    /** After a comment is sent (redirected to, so that reloading the page sends nothing again). */
    @GetMapping("/comment/sent")
    String sent(@RequestParam(required = false) String service, Model model) {
        Long serviceId;
        try {
            serviceId = serviceToCommentOn(service);
        } catch (NoSuchElementException gone) {
            serviceId = null;
        }
        model.addAttribute("serviceId", serviceId);
        return "pages/local-offer/comment-sent";
    }

    private String commentPage(Long serviceId, Model model) {
        model.addAttribute("service", serviceId == null ? null : offer.published(serviceId));
        return "pages/local-offer/comment";
    }

    /** The service named in the address, or null for a comment on the Local Offer as a whole. */
    private Long serviceToCommentOn(String service) {
        if (service == null || service.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(service.strip());
            if (!offer.isPublished(id)) {
                throw new NoSuchElementException("No published service " + id);
            }
            return id;
        } catch (NumberFormatException notANumber) {
            throw new NoSuchElementException("No service " + service);
        }
    }

    private static int pageNumber(String page) {
        try {
            return Math.min(Integer.parseInt(page.strip()), 100_000);
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
