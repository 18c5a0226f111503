package uk.send.web.offer;

import java.util.Arrays;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.commissioning.offer.Access;
import uk.send.commissioning.offer.Category;
import uk.send.commissioning.offer.CommentStatus;
import uk.send.commissioning.offer.CommentView;
import uk.send.commissioning.offer.Cost;
import uk.send.commissioning.offer.EditorEntry;
import uk.send.commissioning.offer.LocalOffer;
import uk.send.commissioning.offer.OfferComments;
import uk.send.commissioning.offer.ServiceView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.ReferenceData;
import uk.send.pathway.plan.OutcomeTag;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;
import uk.send.web.support.Paging;

/**
 * The Local Offer editor's pages (the LOCAL_OFFER role and administrators): the entries, those not checked in
 * 12 months first; add, change, withdraw and mark as checked, each kept as a version; the comments to moderate.
 * A registered provider (PROVIDER) uses the same entry, version and "mark as checked" pages for its own
 * organisations' entries ({@link LocalOffer} scopes them; {@code Routes} lets it no further), from its own list at
 * {@link ProviderController#HOME}.
 */
@Controller
@RequestMapping(LocalOfferEditorController.HOME)
class LocalOfferEditorController {

    static final String HOME = "/local-offer-editor";

    private final LocalOffer offer;
    private final OfferComments comments;
    private final ReferenceData reference;
    private final ServiceFormValidator validator;

    LocalOfferEditorController(LocalOffer offer, OfferComments comments, ReferenceData reference,
                               ServiceFormValidator validator) {
        this.offer = offer;
        this.comments = comments;
        this.reference = reference;
        this.validator = validator;
    }

    @GetMapping
    String home(Viewer viewer, @RequestParam(required = false) String due, @RequestParam(defaultValue = "1") int page,
                Model model) {
        boolean onlyDue = "true".equals(due);
        Page<EditorEntry> entries = offer.entries(viewer, onlyDue, PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("entries", entries);
        model.addAttribute("onlyDue", onlyDue);
        model.addAttribute("paging", Paging.of(entries, HOME, "due", onlyDue ? "true" : null));
        model.addAttribute("dueCount", offer.dueForReview(viewer));
        model.addAttribute("waiting", comments.queue(viewer, CommentStatus.RECEIVED, PageRequest.of(0, 1)).getTotalElements());
        return "pages/local-offer-editor/home";
    }

    @GetMapping("/services/new")
    String newService(Viewer viewer, Model model) {
        model.addAttribute("serviceForm", ServiceForm.empty());
        return formPage(null, viewer, model);
    }

    @PostMapping("/services/new")
    String add(@ModelAttribute("serviceForm") ServiceForm form, BindingResult errors, Viewer viewer, Model model,
               RedirectAttributes redirect) {
        requireBound(errors);
        validator.validate(form, errors, viewer);
        if (errors.hasErrors()) {
            return formPage(null, viewer, model);
        }
        long id = offer.add(viewer, form.details());
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("offer.editor.added", form.name().strip()));
        return "redirect:" + HOME + "/services/" + id;
    }

    @GetMapping("/services/{id}")
    String edit(@PathVariable long id, Viewer viewer, Model model) {
        ServiceView service = offer.entry(viewer, id);
        model.addAttribute("serviceForm", ServiceForm.of(service));
        return formPage(service, viewer, model);
    }

    @PostMapping("/services/{id}")
    String change(@PathVariable long id, @ModelAttribute("serviceForm") ServiceForm form, BindingResult errors,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        requireBound(errors);
        ServiceView service = offer.entry(viewer, id);
        if (form.version() == null) {
            throw new OptimisticLockingFailureException("No version: cannot tell what the change was made to");
        }
        if (!service.active()) {
            throw new OptimisticLockingFailureException("A withdrawn entry cannot be changed");
        }
        validator.validate(form, errors, viewer);
        if (errors.hasErrors()) {
            return formPage(service, viewer, model);
        }
        offer.change(viewer, id, form.version(), form.details());
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("offer.editor.changed", form.name().strip()));
        return "redirect:" + HOME + "/services/" + id;
    }

    @PostMapping("/services/{id}/checked")
    String checked(@PathVariable long id, @RequestParam int version, Viewer viewer, RedirectAttributes redirect) {
        ServiceView service = active(viewer, id);
        offer.markChecked(viewer, id, version);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("offer.editor.checked", service.name()));
        return "redirect:" + HOME + "/services/" + id;
    }

    @PostMapping("/services/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam int version, Viewer viewer, RedirectAttributes redirect) {
        ServiceView service = active(viewer, id);
        offer.withdraw(viewer, id, version);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("offer.editor.withdrawn", service.name()));
        return "redirect:" + HOME + "/services/" + id;
    }

    @GetMapping("/services/{id}/versions/{number}")
    String version(@PathVariable long id, @PathVariable int number, Viewer viewer, Model model) {
        model.addAttribute("service", offer.entry(viewer, id));
        model.addAttribute("version", offer.version(viewer, id, number));
        return "pages/local-offer-editor/version";
    }

    // ---- comments

    @GetMapping("/comments")
    String comments(Viewer viewer, @RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page,
                    Model model) {
        CommentStatus shown = Arrays.stream(CommentStatus.values()).filter(s -> s.name().equals(status))
                .findFirst().orElse(CommentStatus.RECEIVED);
        Page<CommentView> queue = comments.queue(viewer, shown, PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("comments", queue);
        model.addAttribute("shown", shown);
        model.addAttribute("statuses", CommentStatus.values());
        model.addAttribute("paging", Paging.of(queue, HOME + "/comments", "status", shown));
        return "pages/local-offer-editor/comments";
    }

    @GetMapping("/comments/{id}")
    String comment(@PathVariable long id, Viewer viewer, Model model) {
        CommentView comment = comments.comment(viewer, id);
        model.addAttribute("moderationForm", new ModerationForm(
                comment.publishedText() != null ? comment.publishedText() : comment.text(),
                comment.response() != null ? comment.response() : "", comment.outcome()));
        model.addAttribute("comment", comment);
        model.addAttribute("outcomes", Choice.of(OutcomeTag.class, "outcomeTag"));
        return "pages/local-offer-editor/comment";
    }

    @PostMapping("/comments/{id}")
    String publish(@PathVariable long id, @ModelAttribute("moderationForm") ModerationForm form, BindingResult errors,
                   Viewer viewer, Model model, RedirectAttributes redirect) {
        requireBound(errors);
        CommentView comment = comments.comment(viewer, id);
        if (blank(form.publishedText()) && !errors.hasFieldErrors("publishedText")) {
            errors.rejectValue("publishedText", "offer.moderation.publishedText.required");
        }
        if (blank(form.response()) && !errors.hasFieldErrors("response")) {
            errors.rejectValue("response", "offer.moderation.response.required");
        }
        if (errors.hasErrors()) {
            model.addAttribute("comment", comment);
            model.addAttribute("outcomes", Choice.of(OutcomeTag.class, "outcomeTag"));
            return "pages/local-offer-editor/comment";
        }
        comments.publish(viewer, id, form.publishedText(), form.response(), form.outcome());
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("offer.moderation.published"));
        return "redirect:" + HOME + "/comments";
    }

    @PostMapping("/comments/{id}/reject")
    String reject(@PathVariable long id, Viewer viewer, RedirectAttributes redirect) {
        comments.reject(viewer, id);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("offer.moderation.rejected"));
        return "redirect:" + HOME + "/comments";
    }

    // ---- inside

    private ServiceView active(Viewer viewer, long id) {
        ServiceView service = offer.entry(viewer, id);
        if (!service.active()) {
            throw new OptimisticLockingFailureException("A withdrawn entry cannot be changed");
        }
        return service;
    }

    /** The entry's page (a new one's when {@code service} is null), as the viewer's role may use it. */
    private String formPage(ServiceView service, Viewer viewer, Model model) {
        if (service != null) {
            model.addAttribute("versions", offer.versions(viewer, service.id()));
        }
        boolean provider = viewer.is(Role.PROVIDER);
        model.addAttribute("entriesHome", provider ? ProviderController.HOME : HOME);
        model.addAttribute("mayWithdraw", !provider);
        model.addAttribute("service", service);
        model.addAttribute("organizations", offer.organizationsFor(viewer).stream().map(o -> Choice.text(o.id(), o.name())).toList());
        model.addAttribute("categories", Choice.of(Category.class, "offer.category"));
        model.addAttribute("accesses", Choice.of(Access.class, "offer.access"));
        model.addAttribute("costs", Choice.of(Cost.class, "offer.cost"));
        model.addAttribute("footprints", reference.footprints().stream().map(f -> Choice.text(f.id(), f.name())).toList());
        model.addAttribute("needs", LocalOffer.needs().stream().map(n -> Choice.text(n.name(), n.description())).toList());
        return "pages/local-offer-editor/service";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void requireBound(BindingResult errors) {
        if (errors.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Form values of the wrong type");
        }
    }
}
