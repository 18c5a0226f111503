package uk.send.web.funding;

import java.util.Map;
import java.util.NoSuchElementException;

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
import uk.send.domain.reference.NeedCode;
import uk.send.funding.outreach.NewOutreachRequest;
import uk.send.funding.outreach.Outreach;
import uk.send.funding.topup.FundingRefusal;
import uk.send.web.funding.FundingForms.OutreachRequestForm;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;
import uk.send.web.support.Paging;

/**
 * A SENCO's outreach from special schools ({@code /school/outreach}): the school's requests with the sessions
 * delivered, and a new request (a mainstream school only) against the footprint's quota for the year. {@link
 * Outreach} scopes to the SENCO's setting and audits.
 */
@Controller
class SchoolOutreachController {

    private static final Map<FundingRefusal.Field, String> FIELDS = Map.of(
            FundingRefusal.Field.PROVIDER, "providerId", FundingRefusal.Field.SESSIONS, "sessions",
            FundingRefusal.Field.SUPPORT_WANTED, "supportWanted", FundingRefusal.Field.NEED, "need");

    private final Outreach outreach;

    SchoolOutreachController(Outreach outreach) {
        this.outreach = outreach;
    }

    @GetMapping("/school/outreach")
    String list(Viewer viewer, @RequestParam(defaultValue = "1") int page, Model model) {
        var results = outreach.ofSchool(viewer, PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("requests", results.getContent());
        model.addAttribute("paging", Paging.of(results, "/school/outreach"));
        model.addAttribute("mayRequest", outreach.mayRequest(viewer));
        return "pages/funding/school-outreach-list";
    }

    @GetMapping("/school/outreach/new")
    String requestPage(Viewer viewer, Model model) {
        model.addAttribute("outreachRequestForm", OutreachRequestForm.empty());
        return requestForm(viewer, model);
    }

    private String requestForm(Viewer viewer, Model model) {
        if (!outreach.mayRequest(viewer)) {
            throw new NoSuchElementException("Outreach is requested by mainstream schools");
        }
        model.addAttribute("providers", outreach.providers(viewer).stream()
                .map(s -> Choice.text(s.id(), s.name() + " (" + s.footprintName() + ")")).toList());
        model.addAttribute("needs", Choice.of(NeedCode.class, "need"));
        model.addAttribute("year", outreach.currentYear());
        return "pages/funding/school-outreach-request";
    }

    @PostMapping("/school/outreach/new")
    String request(@ModelAttribute("outreachRequestForm") OutreachRequestForm form, BindingResult errors,
                   Viewer viewer, Model model, RedirectAttributes redirect) {
        FundingFormChecks.required(errors, "providerId", form.providerId(), "outreach.error.providerRequired");
        FundingFormChecks.required(errors, "supportWanted", form.supportWanted(), "outreach.error.supportRequired");
        Integer sessions = FundingFormChecks.count(errors, "sessions", form.sessions(), 1, Outreach.MAX_SESSIONS,
                "outreach.error.sessions");
        if (!errors.hasErrors()) {
            try {
                long id = outreach.request(viewer, new NewOutreachRequest(form.providerId(), form.need(),
                        form.supportWanted(), sessions));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("outreach.notice.requested"));
                return "redirect:/school/outreach/" + id;
            } catch (FundingRefusal refused) {
                FundingFormChecks.reject(errors, refused, FIELDS, "providerId");
            }
        }
        return requestForm(viewer, model);
    }

    @GetMapping("/school/outreach/{id}")
    String request(@PathVariable long id, Viewer viewer, Model model) {
        model.addAttribute("request", outreach.request(viewer, id));
        model.addAttribute("back", "/school/outreach");
        model.addAttribute("provider", false);
        return "pages/funding/outreach-request";
    }
}
