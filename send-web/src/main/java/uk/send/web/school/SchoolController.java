package uk.send.web.school;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.domain.Page;
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
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.ReferenceStatistics;
import uk.send.domain.reference.SenProvision;
import uk.send.pathway.support.AddToSenSupport;
import uk.send.pathway.support.Pupil;
import uk.send.pathway.support.PupilSupport;
import uk.send.pathway.support.RegisterEntry;
import uk.send.pathway.support.RegisterFilter;
import uk.send.pathway.support.RegisterStatus;
import uk.send.pathway.support.RemovalReason;
import uk.send.pathway.support.RemoveFromSenSupport;
import uk.send.pathway.support.StartPlan;
import uk.send.pathway.support.SupportPlans;
import uk.send.pathway.support.SupportRefusal;
import uk.send.web.school.SupportForms.AddForm;
import uk.send.web.school.SupportForms.RemoveForm;
import uk.send.web.school.SupportForms.StartPlanForm;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;
import uk.send.web.support.Paging;

/**
 * A SENCO's pages for their setting ({@code /school}): the SEN register, finding a pupil on roll to add, and
 * each pupil's SEN Support (added, removed with a reason, its cycles, and starting the next one). The pathway's
 * {@link SupportPlans} scopes every read to pupils on roll at the SENCO's setting.
 */
@Controller
class SchoolController {

    private final SupportPlans support;
    private final ReferenceData reference;
    private final ReferenceStatistics statistics;

    SchoolController(SupportPlans support, ReferenceData reference, ReferenceStatistics statistics) {
        this.support = support;
        this.reference = reference;
        this.statistics = statistics;
    }

    @GetMapping("/school")
    String register(Viewer viewer, @RequestParam(required = false) String q,
                    @RequestParam(required = false) SenProvision provision, @RequestParam(required = false) NeedCode need,
                    @RequestParam(required = false) RegisterStatus status, @RequestParam(required = false) String tier,
                    @RequestParam(defaultValue = "1") int page, Model model) {
        // a tier the council does not configure filters nothing (no error: it is a filter, not a form)
        String tierCode = SupportTiers.known(support.policy(), tier);
        RegisterFilter filter = new RegisterFilter(q, provision, need, status, tierCode);
        Page<RegisterEntry> results = support.register(viewer, filter, PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("setting", reference.settingView(viewer.settingId()));
        model.addAttribute("provisionCounts", statistics.provisionAtSetting(viewer.settingId()));
        model.addAttribute("pupils", results);
        model.addAttribute("paging", Paging.of(results, "/school", "q", q, "provision", provision, "need", need,
                "status", status, "tier", tierCode));
        model.addAttribute("filter", filter);
        SupportTiers.addTo(model, support.policy());
        model.addAttribute("provisions", java.util.List.of(Choice.message("K", "provision.K"), Choice.message("E", "provision.E")));
        model.addAttribute("needs", Choice.of(NeedCode.class, "need"));
        model.addAttribute("statuses", Choice.of(RegisterStatus.class, "support.status"));
        return "pages/school/home";
    }

    @GetMapping("/school/add")
    String findPupil(Viewer viewer, @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
                     Model model) {
        Page<Pupil> results = support.pupilsWithoutSen(viewer, q, PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("pupils", results);
        model.addAttribute("paging", Paging.of(results, "/school/add", "q", q));
        model.addAttribute("q", q);
        return "pages/school/find-pupil";
    }

    @GetMapping("/school/pupils/{childId}")
    String pupil(@PathVariable long childId, Viewer viewer, Model model) {
        PupilSupport pupil = support.pupil(viewer, childId);
        model.addAttribute("support", pupil);
        SupportTiers.addTo(model, support.policy());
        model.addAttribute("yesNo", PupilMovesController.yesNo());
        pupil.current().ifPresent(r -> model.addAttribute("sharingForm",
                new SupportForms.SharingForm(r.sharedWithNextSchool(), null, null, null, r.version())));
        return "pages/school/pupil";
    }

    private static String toPupil(long childId) {
        return "redirect:/school/pupils/" + childId;
    }

    // --- add to SEN Support

    @GetMapping("/school/pupils/{childId}/add")
    String addPage(@PathVariable long childId, Viewer viewer, Model model) {
        PupilSupport pupil = support.pupil(viewer, childId);
        Pupil p = pupil.pupil();
        model.addAttribute("addForm", new AddForm(p.primaryNeed(), p.secondaryNeed(), null, null, null));
        return addPage(pupil, model);
    }

    private String addPage(PupilSupport pupil, Model model) {
        model.addAttribute("support", pupil);
        model.addAttribute("needs", Choice.of(NeedCode.class, "need"));
        return "pages/school/add";
    }

    @PostMapping("/school/pupils/{childId}/add")
    String add(@PathVariable long childId, @ModelAttribute("addForm") AddForm form, BindingResult errors, Viewer viewer,
               Model model, RedirectAttributes redirect) {
        SupportFormChecks.required(errors, "primaryNeed", form.primaryNeed(), "support.error.primaryNeedRequired");
        Optional<LocalDate> on = SupportFormChecks.date(errors, "day", form.day(), form.month(), form.year(),
                "support.error.dateRequired");
        if (!errors.hasErrors()) {
            try {
                support.addToSenSupport(viewer, childId, new AddToSenSupport(form.primaryNeed(), form.secondaryNeed(),
                        on.orElseThrow()));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("support.notice.added"));
                return toPupil(childId);
            } catch (SupportRefusal refused) {
                SupportFormChecks.reject(errors, refused, "primaryNeed");
            }
        }
        return addPage(support.pupil(viewer, childId), model);
    }

    // --- remove from SEN Support

    @GetMapping("/school/pupils/{childId}/remove")
    String removePage(@PathVariable long childId, Viewer viewer, Model model) {
        PupilSupport pupil = support.pupil(viewer, childId);
        PupilSupport.RecordView current = pupil.current().orElseThrow(() -> new java.util.NoSuchElementException("Not at SEN Support"));
        model.addAttribute("removeForm", new RemoveForm(null, null, null, null, null, current.version()));
        return removePage(pupil, model);
    }

    private String removePage(PupilSupport pupil, Model model) {
        model.addAttribute("support", pupil);
        model.addAttribute("reasons", Choice.of(RemovalReason.class, "support.reason"));
        return "pages/school/remove";
    }

    @PostMapping("/school/pupils/{childId}/remove")
    String remove(@PathVariable long childId, @ModelAttribute("removeForm") RemoveForm form, BindingResult errors,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        SupportFormChecks.required(errors, "reason", form.reason(), "support.error.reasonRequired");
        Optional<LocalDate> on = SupportFormChecks.date(errors, "day", form.day(), form.month(), form.year(),
                "support.error.dateRequired");
        if (!errors.hasErrors()) {
            try {
                support.removeFromSenSupport(viewer, childId, SupportFormChecks.version(form.version()),
                        new RemoveFromSenSupport(form.reason(), form.note(), on.orElseThrow()));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("support.notice.removed"));
                return toPupil(childId);
            } catch (SupportRefusal refused) {
                SupportFormChecks.reject(errors, refused, "reason");
            }
        }
        return removePage(support.pupil(viewer, childId), model);
    }

    // --- start a cycle

    @GetMapping("/school/pupils/{childId}/plans/new")
    String startPage(@PathVariable long childId, Viewer viewer, Model model) {
        PupilSupport pupil = support.pupil(viewer, childId);
        PupilSupport.RecordView current = pupil.current().orElseThrow(() -> new java.util.NoSuchElementException("Not at SEN Support"));
        model.addAttribute("startPlanForm", new StartPlanForm(null, null, null, null, null,
                null, null, null, current.version()));
        return startPage(pupil, model);
    }

    private String startPage(PupilSupport pupil, Model model) {
        model.addAttribute("support", pupil);
        SupportTiers.addTo(model, support.policy());
        model.addAttribute("tiers", support.policy().tiersOffered().stream()
                .map(t -> Choice.text(t.code(), t.name())).toList());
        model.addAttribute("interval", support.policy().reviewInterval());
        return "pages/school/start-plan";
    }

    @PostMapping("/school/pupils/{childId}/plans")
    String start(@PathVariable long childId, @ModelAttribute("startPlanForm") StartPlanForm form, BindingResult errors,
                 Viewer viewer, Model model, RedirectAttributes redirect) {
        boolean tiers = support.policy().tiersInForce();
        if (tiers) {
            SupportFormChecks.required(errors, "tier", form.tier(), "support.error.tierRequired");
        }
        Optional<LocalDate> starts = SupportFormChecks.date(errors, "day", form.day(), form.month(), form.year(),
                "support.error.dateRequired");
        Optional<LocalDate> review = SupportFormChecks.optionalDate(errors, "reviewDay", form.reviewDay(),
                form.reviewMonth(), form.reviewYear(), "support.error.reviewDateReal");
        if (!errors.hasErrors()) {
            try {
                long planId = support.startPlan(viewer, childId, SupportFormChecks.version(form.version()),
                        new StartPlan(tiers ? form.tier() : null, starts.orElseThrow(), review.orElse(null),
                                form.assessmentNotes()));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("support.notice.planStarted"));
                return "redirect:/school/plans/" + planId;
            } catch (SupportRefusal refused) {
                SupportFormChecks.reject(errors, refused, tiers ? "tier" : "day");
            }
        }
        return startPage(support.pupil(viewer, childId), model);
    }
}
