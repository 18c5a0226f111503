package uk.send.web.advisers;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.domain.access.Viewer;
import uk.send.pathway.assessment.AdviceRequests;
import uk.send.pathway.assessment.IllegalTransitionException;
import uk.send.web.support.Notice;
import uk.send.web.support.Paging;

/**
 * An adviser's pages: the advice requests addressed to them, and each request with the form to give their
 * advice online. {@link AdviceRequests} refuses, and audits, any request not addressed to them.
 */
@Controller
class AdviserController {

    /** The aggregate's refusal when the case has moved on; the adviser is told in their own terms. */
    private static final String WRONG_STAGE = "assessment.error.wrongStage";

    private static final String ANSWERED = "answered";

    private final AdviceRequests requests;

    AdviserController(AdviceRequests requests) {
        this.requests = requests;
    }

    /** Waiting for advice (the soonest due first) or, with {@code show=answered}, those answered; 25 a page. */
    @GetMapping("/adviser")
    String home(@RequestParam(defaultValue = "") String show, @RequestParam(defaultValue = "1") int page,
                Viewer viewer, Model model) {
        boolean answered = ANSWERED.equals(show);
        AdviceRequests.AdviceList list = requests.forAdviser(viewer, answered,
                PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("answered", answered);
        model.addAttribute("list", list);
        model.addAttribute("requests", list.page().getContent());
        model.addAttribute("paging", Paging.of(list.page(), "/adviser", "show", answered ? ANSWERED : null));
        return "pages/adviser/home";
    }

    @GetMapping("/adviser/requests/{id}")
    String request(@PathVariable long id, Viewer viewer, Model model) {
        model.addAttribute("adviceForm", AdviceForm.empty());
        return requestPage(id, viewer, model);
    }

    @PostMapping("/adviser/requests/{id}")
    String submit(@PathVariable long id, @ModelAttribute("adviceForm") AdviceForm form, BindingResult errors,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        if (form.blank() && !errors.hasFieldErrors("advice")) {
            errors.rejectValue("advice", "adviser.error.adviceRequired");
        }
        if (!errors.hasErrors()) {
            try {
                requests.submit(viewer, id, form.advice());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("adviser.notice.submitted"));
                return "redirect:/adviser/requests/" + id;
            } catch (IllegalTransitionException refused) {
                errors.rejectValue("advice",
                        WRONG_STAGE.equals(refused.messageKey()) ? "adviser.error.caseMovedOn" : refused.messageKey());
            }
        }
        return requestPage(id, viewer, model);
    }

    private String requestPage(long id, Viewer viewer, Model model) {
        model.addAttribute("request", requests.view(viewer, id));
        return "pages/adviser/request";
    }
}
