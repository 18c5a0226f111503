package uk.send.web.offer;

import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.commissioning.offer.LocalOffer;
import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;

/**
 * An administrator's page for a registered provider's account ({@code /admin/users/{id}/organisations}): which
 * organisations' Local Offer entries it keeps, one added or taken away at a time, each audited. Any other account is
 * not found here.
 */
@Controller
@RequestMapping(ProviderLinksController.PAGE)
class ProviderLinksController {

    static final String PAGE = "/admin/users/{id}/organisations";

    private final LocalOffer offer;
    private final AccountService accounts;

    ProviderLinksController(LocalOffer offer, AccountService accounts) {
        this.offer = offer;
        this.accounts = accounts;
    }

    @GetMapping
    String organisations(@PathVariable long id, Viewer viewer, Model model) {
        model.addAttribute("providerLinkForm", new ProviderLinkForm(null));
        return page(provider(id), viewer, model);
    }

    @PostMapping
    String link(@PathVariable long id, @ModelAttribute("providerLinkForm") ProviderLinkForm form, BindingResult errors,
                Viewer viewer, Model model, RedirectAttributes redirect) {
        if (errors.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Form values of the wrong type");
        }
        AccountView provider = provider(id);
        if (!errors.hasFieldErrors("organizationId")) {
            if (form.organizationId() == null) {
                errors.rejectValue("organizationId", "offer.form.organizationId.required");
            } else if (!offer.isOrganization(form.organizationId())) {
                errors.rejectValue("organizationId", "offer.form.organizationId.unknown");
            }
        }
        if (errors.hasErrors()) {
            return page(provider, viewer, model);
        }
        offer.linkProvider(viewer, provider, form.organizationId());
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("provider.links.linked", provider.email()));
        return "redirect:/admin/users/" + id + "/organisations";
    }

    @PostMapping("/{organizationId}/remove")
    String unlink(@PathVariable long id, @PathVariable long organizationId, Viewer viewer, RedirectAttributes redirect) {
        AccountView provider = provider(id);
        offer.unlinkProvider(viewer, provider, organizationId);
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("provider.links.unlinked", provider.email()));
        return "redirect:/admin/users/" + id + "/organisations";
    }

    private AccountView provider(long id) {
        return accounts.find(id).filter(a -> a.role() == Role.PROVIDER)
                .orElseThrow(() -> new NoSuchElementException("No provider's account " + id));
    }

    private String page(AccountView provider, Viewer viewer, Model model) {
        model.addAttribute("account", provider);
        model.addAttribute("kept", offer.organizationsKeptBy(viewer, provider));
        model.addAttribute("organizations", offer.organizations().stream().map(o -> Choice.text(o.id(), o.name())).toList());
        return "pages/admin/provider-organisations";
    }
}
