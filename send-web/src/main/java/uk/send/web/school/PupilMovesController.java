package uk.send.web.school;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.domain.access.Viewer;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingView;
import uk.send.domain.reference.Upn;
import uk.send.pathway.support.JoiningPupil;
import uk.send.pathway.support.PupilLeaving;
import uk.send.pathway.support.PupilSupport;
import uk.send.pathway.support.SupportPlanView;
import uk.send.pathway.support.SupportPlans;
import uk.send.pathway.support.SupportRefusal;
import uk.send.web.school.SupportForms.JoinForm;
import uk.send.web.school.SupportForms.LeaveForm;
import uk.send.web.school.SupportForms.ParentSharingForm;
import uk.send.web.school.SupportForms.SharingForm;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;

/**
 * Pupils joining and leaving a SENCO's school, and sharing a pupil's SEN Support with the school they move to.
 * Leaving ends SEN Support here (it follows the child) and takes the pupil off the roll; joining finds a pupil only by
 * UPN and date of birth together, never by browsing, and continues their SEN Support; the new school reads the
 * earlier school's cycles only when the family agreed ({@code /school/earlier-plans/{id}}), which the parent
 * can say on their copy of a shared plan. {@link SupportPlans} scopes and audits each.
 */
@Controller
class PupilMovesController {

    private final SupportPlans support;
    private final ReferenceData reference;

    PupilMovesController(SupportPlans support, ReferenceData reference) {
        this.support = support;
        this.reference = reference;
    }

    // --- leaving

    @GetMapping("/school/pupils/{childId}/leave")
    String leavePage(@PathVariable long childId, Viewer viewer, Model model) {
        model.addAttribute("leaveForm", new LeaveForm(null, null, null, null));
        return leavePage(support.pupil(viewer, childId), viewer, model);
    }

    private String leavePage(PupilSupport pupil, Viewer viewer, Model model) {
        model.addAttribute("support", pupil);
        model.addAttribute("destinations", reference.allSettings().stream()
                .filter(s -> s.open() && s.id() != viewer.settingId())
                .sorted(Comparator.comparing(SettingView::name, String.CASE_INSENSITIVE_ORDER))
                .map(s -> Choice.text(s.id(), s.name() + (s.urn() == null ? "" : " (" + s.urn() + ")"))).toList());
        return "pages/school/leave";
    }

    @PostMapping("/school/pupils/{childId}/leave")
    String leave(@PathVariable long childId, @ModelAttribute("leaveForm") LeaveForm form, BindingResult errors,
                 Viewer viewer, Model model, RedirectAttributes redirect) {
        Optional<LocalDate> on = SupportFormChecks.date(errors, "day", form.day(), form.month(), form.year(),
                "support.error.dateRequired");
        if (!errors.hasErrors()) {
            try {
                support.recordLeaving(viewer, childId, new PupilLeaving(on.orElseThrow(), form.destination()));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("support.notice.left"));
                return "redirect:/school";
            } catch (SupportRefusal refused) {
                SupportFormChecks.reject(errors, refused, "day");
            }
        }
        return leavePage(support.pupil(viewer, childId), viewer, model);
    }

    // --- joining

    @GetMapping("/school/join")
    String joinPage(Model model) {
        model.addAttribute("joinForm", new JoinForm(null, null, null, null, null, null, null));
        return "pages/school/join";
    }

    /** The UPN and date of birth as typed: field errors when either is missing or not one. */
    private static Optional<Upn> upn(Errors errors, String text) {
        if (text == null || text.isBlank()) {
            errors.rejectValue("upn", "support.error.upnRequired");
            return Optional.empty();
        }
        if (!Upn.isValid(text)) {
            errors.rejectValue("upn", "support.error.upnInvalid");
            return Optional.empty();
        }
        return Optional.of(Upn.of(text));
    }

    @PostMapping("/school/join/find")
    String find(@ModelAttribute("joinForm") JoinForm form, BindingResult errors, Viewer viewer, Model model) {
        Optional<Upn> upn = upn(errors, form.upn());
        Optional<LocalDate> born = SupportFormChecks.date(errors, "bornDay", form.bornDay(), form.bornMonth(),
                form.bornYear(), "support.error.bornRequired");
        if (!errors.hasErrors()) {
            Optional<JoiningPupil> found = support.findJoining(viewer, upn.orElseThrow(), born.orElseThrow());
            if (found.isEmpty()) {
                errors.rejectValue("upn", "support.error.noPupilFound");
            } else {
                model.addAttribute("found", found.get());
                return "pages/school/join-confirm";
            }
        }
        return "pages/school/join";
    }

    @PostMapping("/school/join")
    String join(@ModelAttribute("joinForm") JoinForm form, BindingResult errors, Viewer viewer, Model model,
                RedirectAttributes redirect) {
        Optional<Upn> upn = upn(errors, form.upn());
        Optional<LocalDate> born = SupportFormChecks.date(errors, "bornDay", form.bornDay(), form.bornMonth(),
                form.bornYear(), "support.error.bornRequired");
        if (errors.hasErrors()) {
            return "pages/school/join";
        }
        JoiningPupil found = support.findJoining(viewer, upn.orElseThrow(), born.orElseThrow())
                .orElseThrow(() -> new NoSuchElementException("No pupil with that UPN and date of birth"));
        Optional<LocalDate> on = SupportFormChecks.date(errors, "day", form.day(), form.month(), form.year(),
                "support.error.dateRequired");
        if (!errors.hasErrors()) {
            try {
                long childId = support.recordJoining(viewer, upn.orElseThrow(), born.orElseThrow(), on.orElseThrow());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("support.notice.joined"));
                return "redirect:/school/pupils/" + childId;
            } catch (SupportRefusal refused) {
                SupportFormChecks.reject(errors, refused, "day");
            }
        }
        model.addAttribute("found", found);
        return "pages/school/join-confirm";
    }

    // --- sharing with the next school

    @PostMapping("/school/pupils/{childId}/sharing")
    String sharing(@PathVariable long childId, @ModelAttribute("sharingForm") SharingForm form, BindingResult errors,
                   Viewer viewer, Model model, RedirectAttributes redirect) {
        SupportFormChecks.required(errors, "shared", form.shared(), "support.error.sharingRequired");
        Optional<LocalDate> agreed = Boolean.TRUE.equals(form.shared())
                ? SupportFormChecks.date(errors, "day", form.day(), form.month(), form.year(), "support.error.agreedOnRequired")
                : Optional.empty();
        if (!errors.hasErrors()) {
            try {
                support.recordSharing(viewer, childId, SupportFormChecks.version(form.version()), form.shared(),
                        agreed.orElse(null));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("support.notice.saved"));
                return "redirect:/school/pupils/" + childId + "#sharing";
            } catch (SupportRefusal refused) {
                SupportFormChecks.reject(errors, refused, "shared");
            }
        }
        model.addAttribute("support", support.pupil(viewer, childId));
        model.addAttribute("yesNo", yesNo());
        return "pages/school/pupil";
    }

    @GetMapping("/school/earlier-plans/{id}")
    String earlierPlan(@PathVariable long id, Viewer viewer, Model model) {
        SupportPlanView plan = support.earlierPlan(viewer, id);
        model.addAttribute("plan", plan);
        return "pages/school/earlier-plan";
    }

    @PostMapping("/parent/support-plans/{id}/sharing")
    String parentSharing(@PathVariable long id, @ModelAttribute("sharingForm") ParentSharingForm form,
                         BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        SupportFormChecks.required(errors, "shared", form.shared(), "support.error.sharingRequired");
        if (!errors.hasErrors()) {
            support.recordSharingByParent(viewer, id, form.shared());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of(form.shared()
                    ? "support.notice.sharedWithNextSchool" : "support.notice.notSharedWithNextSchool"));
            return "redirect:/parent/support-plans/" + id;
        }
        return FamilySupportPlanController.page(support.plan(viewer, id), model);
    }

    static List<Choice> yesNo() {
        return List.of(Choice.message("true", "common.yes"), Choice.message("false", "common.no"));
    }
}
