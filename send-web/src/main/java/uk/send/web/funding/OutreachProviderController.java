package uk.send.web.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
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
import uk.send.funding.outreach.Outreach;
import uk.send.funding.outreach.OutreachRequestView;
import uk.send.funding.outreach.OutreachStatus;
import uk.send.funding.topup.FundingRefusal;
import uk.send.web.funding.FundingForms.OutreachAnswerForm;
import uk.send.web.funding.FundingForms.SessionForm;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;
import uk.send.web.support.Paging;

/**
 * An outreach provider's pages ({@code /outreach}, role OUTREACH): the requests made to their special school, waiting
 * ones first; a request, accepted against the footprint's quota or declined with a reason; and each session
 * delivered, with its outcome. {@link Outreach} scopes to the provider's school and audits.
 */
@Controller
class OutreachProviderController {

    private static final Map<FundingRefusal.Field, String> ANSWER_FIELDS = Map.of(FundingRefusal.Field.NOTE, "reason");
    private static final Map<FundingRefusal.Field, String> SESSION_FIELDS = Map.of(
            FundingRefusal.Field.DELIVERED_ON, "day", FundingRefusal.Field.OUTCOME, "outcome");

    private final Outreach outreach;

    OutreachProviderController(Outreach outreach) {
        this.outreach = outreach;
    }

    @GetMapping("/outreach")
    String home(Viewer viewer, @RequestParam(defaultValue = "1") int page, Model model) {
        var results = outreach.toProvider(viewer, PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("school", outreach.providerSchool(viewer));
        model.addAttribute("requests", results.getContent());
        model.addAttribute("paging", Paging.of(results, "/outreach"));
        return "pages/outreach/home";
    }

    @GetMapping("/outreach/requests/{id}")
    String request(@PathVariable long id, Viewer viewer, Model model) {
        OutreachRequestView r = outreach.request(viewer, id);
        model.addAttribute("outreachAnswerForm", new OutreachAnswerForm(null, null, r.version()));
        model.addAttribute("sessionForm", emptySession(r));
        return page(r, model);
    }

    private SessionForm emptySession(OutreachRequestView r) {
        LocalDate today = outreach.today();
        return new SessionForm(String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()),
                String.valueOf(today.getYear()), null, r.version());
    }

    private static String page(OutreachRequestView r, Model model) {
        model.addAttribute("request", r);
        model.addAttribute("back", "/outreach");
        model.addAttribute("provider", true);
        model.addAttribute("answers", List.of(Choice.message(true, "outreach.answer.true"),
                Choice.message(false, "outreach.answer.false")));
        return "pages/funding/outreach-request";
    }

    @PostMapping("/outreach/requests/{id}/answer")
    String answer(@PathVariable long id, @ModelAttribute("outreachAnswerForm") OutreachAnswerForm form,
                  BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        OutreachRequestView r = outreach.request(viewer, id);
        if (r.status() != OutreachStatus.REQUESTED) {
            throw new OptimisticLockingFailureException("The request was answered since the page was opened");
        }
        FundingFormChecks.required(errors, "accept", form.accept(), "outreach.error.answerRequired");
        if (Boolean.FALSE.equals(form.accept())) {
            FundingFormChecks.required(errors, "reason", form.reason(), "outreach.error.reasonRequired");
        }
        if (!errors.hasErrors()) {
            try {
                int version = FundingFormChecks.version(form.version());
                if (form.accept()) {
                    outreach.accept(viewer, id, version);
                } else {
                    outreach.decline(viewer, id, version, form.reason());
                }
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("outreach.notice.answered." + form.accept()));
                return "redirect:/outreach/requests/" + id;
            } catch (FundingRefusal refused) {
                FundingFormChecks.reject(errors, refused, ANSWER_FIELDS, "accept");
            }
        }
        model.addAttribute("sessionForm", emptySession(r));
        return page(r, model);
    }

    @PostMapping("/outreach/requests/{id}/sessions")
    String session(@PathVariable long id, @ModelAttribute("sessionForm") SessionForm form, BindingResult errors,
                   Viewer viewer, Model model, RedirectAttributes redirect) {
        OutreachRequestView r = outreach.request(viewer, id);
        if (r.status() != OutreachStatus.ACCEPTED) {
            throw new OptimisticLockingFailureException("The request is not open for sessions");
        }
        Optional<LocalDate> on = FundingFormChecks.date(errors, "day", form.day(), form.month(), form.year(),
                "outreach.error.deliveredOn");
        FundingFormChecks.required(errors, "outcome", form.outcome(), "outreach.error.outcomeRequired");
        if (!errors.hasErrors()) {
            try {
                outreach.recordSession(viewer, id, FundingFormChecks.version(form.version()), on.orElseThrow(),
                        form.outcome());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("outreach.notice.sessionRecorded"));
                return "redirect:/outreach/requests/" + id;
            } catch (FundingRefusal refused) {
                FundingFormChecks.reject(errors, refused, SESSION_FIELDS, "outcome");
            }
        }
        model.addAttribute("outreachAnswerForm", new OutreachAnswerForm(null, null, r.version()));
        return page(r, model);
    }
}
