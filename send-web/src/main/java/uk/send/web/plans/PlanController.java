package uk.send.web.plans;

import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import uk.send.domain.children.ChildRecord;
import uk.send.domain.reference.ReferenceData;
import uk.send.pathway.assessment.AssessmentRecord;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.plan.AdulthoodArea;
import uk.send.pathway.plan.EhcPlans;
import uk.send.pathway.plan.EhcPlans.PlanView;
import uk.send.pathway.plan.Outcome;
import uk.send.pathway.plan.OutcomeTag;
import uk.send.pathway.plan.PlanVersion;
import uk.send.pathway.plan.Provision;
import uk.send.pathway.plan.Section;
import uk.send.web.documents.AccessiblePdf;
import uk.send.web.documents.DocumentInfo;
import uk.send.web.plans.PlanForms.OutcomeForm;
import uk.send.web.plans.PlanForms.PlacementForm;
import uk.send.web.plans.PlanForms.ProvisionForm;
import uk.send.web.plans.PlanForms.SectionForm;
import uk.send.web.support.Choice;
import uk.send.web.support.CouncilSettings;
import uk.send.web.support.DateFields;
import uk.send.web.support.Notice;

/**
 * A case's EHC plan: the working copy written section by section, the issued versions, a side-by-side
 * comparison of two versions, and the PDF of an issued version.
 */
@Controller
class PlanController {

    private static final String BASE = "/caseworker/assessments/{id}/plan";

    private final EhcPlans plans;
    private final NeedsAssessments assessments;
    private final ReferenceData reference;
    private final AccessiblePdf pdf;
    private final PlanDocuments documents;
    private final CouncilSettings council;

    PlanController(EhcPlans plans, NeedsAssessments assessments, ReferenceData reference, AccessiblePdf pdf,
                   PlanDocuments documents, CouncilSettings council) {
        this.plans = plans;
        this.assessments = assessments;
        this.reference = reference;
        this.pdf = pdf;
        this.documents = documents;
        this.council = council;
    }

    private PlanView plan(Viewer viewer, long id, Model model) {
        AssessmentRecord record = assessments.view(viewer, id);
        PlanView plan = plans.forAssessment(viewer, id).orElseThrow(() -> new NoSuchElementException("No plan yet"));
        model.addAttribute("case", record);
        model.addAttribute("plan", plan);
        return plan;
    }

    @GetMapping(BASE)
    String overview(@PathVariable long id, Viewer viewer, Model model) {
        plan(viewer, id, model);
        model.addAttribute("sections", Section.values());
        return "pages/plans/plan";
    }

    @GetMapping(BASE + "/sections/{section}")
    String section(@PathVariable long id, @PathVariable Section section, Viewer viewer, Model model) {
        PlanView plan = plan(viewer, id, model);
        model.addAttribute("sectionForm", new SectionForm(plan.working().sections().get(section), plan.working().version()));
        model.addAttribute("section", section);
        return "pages/plans/section";
    }

    @PostMapping(BASE + "/sections/{section}")
    String writeSection(@PathVariable long id, @PathVariable Section section, @ModelAttribute("sectionForm") SectionForm form,
                        BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        if (form.version() == null) {
            errors.reject("plan.error.missingVersion");
        }
        if (!errors.hasErrors()) {
            plans.edit(viewer, id, form.version(), "section " + section, w -> w.write(section, form.text()));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("plan.notice.saved"));
            return "redirect:/caseworker/assessments/" + id + "/plan";
        }
        plan(viewer, id, model);
        model.addAttribute("section", section);
        return "pages/plans/section";
    }

    @GetMapping(BASE + "/outcomes/new")
    String newOutcome(@PathVariable long id, Viewer viewer, Model model) {
        PlanView plan = plan(viewer, id, model);
        model.addAttribute("outcomeForm", new OutcomeForm(null, null, null, null, null, null, null, plan.working().version()));
        return outcomePage(model);
    }

    private String outcomePage(Model model) {
        model.addAttribute("areas", Choice.of(AdulthoodArea.class, "adulthood"));
        model.addAttribute("tags", Choice.of(OutcomeTag.class, "outcomeTag"));
        return "pages/plans/outcome";
    }

    @PostMapping(BASE + "/outcomes")
    String addOutcome(@PathVariable long id, @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult errors,
                      Viewer viewer, Model model, RedirectAttributes redirect) {
        if (PlanForms.blank(form.outcome())) {
            errors.rejectValue("outcome", "plan.error.outcomeRequired");
        }
        if (PlanForms.blank(form.steps())) {
            errors.rejectValue("steps", "plan.error.stepsRequired");
        }
        LocalDate byWhen = DateFields.parse(form.day(), form.month(), form.year()).orElse(null);
        if (byWhen == null) {
            errors.rejectValue("day", "plan.error.byWhenRequired");
        }
        if (!errors.hasErrors() && form.version() != null) {
            plans.edit(viewer, id, form.version(), "outcome added",
                    w -> w.addOutcome(new Outcome(form.outcome(), form.steps(), byWhen, form.adulthoodArea(), form.tag())));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("plan.notice.saved"));
            return "redirect:/caseworker/assessments/" + id + "/plan#section-e";
        }
        plan(viewer, id, model);
        return outcomePage(model);
    }

    @PostMapping(BASE + "/outcomes/{index}/remove")
    String removeOutcome(@PathVariable long id, @PathVariable int index, @RequestParam int version, Viewer viewer,
                         RedirectAttributes redirect) {
        plans.edit(viewer, id, version, "outcome removed", w -> w.removeOutcome(index));
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("plan.notice.removed"));
        return "redirect:/caseworker/assessments/" + id + "/plan#section-e";
    }

    @GetMapping(BASE + "/provision/new")
    String newProvision(@PathVariable long id, Viewer viewer, Model model) {
        PlanView plan = plan(viewer, id, model);
        model.addAttribute("provisionForm", new ProvisionForm(null, null, null, null, plan.working().version()));
        return "pages/plans/provision";
    }

    @PostMapping(BASE + "/provision")
    String addProvision(@PathVariable long id, @ModelAttribute("provisionForm") ProvisionForm form, BindingResult errors,
                        Viewer viewer, Model model, RedirectAttributes redirect) {
        for (String field : new String[] {"what", "howOften", "howLong", "byWhom"}) {
            Object value = errors.getFieldValue(field);
            if (value == null || value.toString().isBlank()) {
                errors.rejectValue(field, "plan.error." + field + "Required");
            }
        }
        if (!errors.hasErrors() && form.version() != null) {
            plans.edit(viewer, id, form.version(), "provision added",
                    w -> w.addProvision(new Provision(form.what(), form.howOften(), form.howLong(), form.byWhom())));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("plan.notice.saved"));
            return "redirect:/caseworker/assessments/" + id + "/plan#section-f";
        }
        plan(viewer, id, model);
        return "pages/plans/provision";
    }

    @PostMapping(BASE + "/provision/{index}/remove")
    String removeProvision(@PathVariable long id, @PathVariable int index, @RequestParam int version, Viewer viewer,
                           RedirectAttributes redirect) {
        plans.edit(viewer, id, version, "provision removed", w -> w.removeProvision(index));
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("plan.notice.removed"));
        return "redirect:/caseworker/assessments/" + id + "/plan#section-f";
    }

    @GetMapping(BASE + "/placement")
    String placement(@PathVariable long id, Viewer viewer, Model model) {
        PlanView plan = plan(viewer, id, model);
        model.addAttribute("placementForm", new PlacementForm(plan.working().placementSettingId(), plan.working().version()));
        return placementPage(model);
    }

    private String placementPage(Model model) {
        model.addAttribute("settings", reference.allSettings().stream()
                .map(s -> Choice.text(s.id(), s.name() + " (" + s.urn() + ")")).toList());
        return "pages/plans/placement";
    }

    @PostMapping(BASE + "/placement")
    String place(@PathVariable long id, @ModelAttribute("placementForm") PlacementForm form, BindingResult errors,
                 Viewer viewer, Model model, RedirectAttributes redirect) {
        if (form.settingId() == null) {
            errors.rejectValue("settingId", "plan.error.settingRequired");
        }
        if (!errors.hasErrors() && form.version() != null) {
            plans.edit(viewer, id, form.version(), "placement", w -> w.place(form.settingId()));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("plan.notice.saved"));
            return "redirect:/caseworker/assessments/" + id + "/plan#section-i";
        }
        plan(viewer, id, model);
        return placementPage(model);
    }

    @GetMapping(BASE + "/versions/{number}")
    String version(@PathVariable long id, @PathVariable int number, Viewer viewer, Model model) {
        plan(viewer, id, model);
        model.addAttribute("version", plans.version(viewer, id, number));
        model.addAttribute("sections", Section.values());
        return "pages/plans/version";
    }

    @GetMapping(BASE + "/compare")
    String compare(@PathVariable long id, @RequestParam int from, @RequestParam int to, Viewer viewer, Model model) {
        plan(viewer, id, model);
        PlanView.VersionView older = plans.version(viewer, id, from);
        PlanView.VersionView newer = plans.version(viewer, id, to);
        model.addAttribute("older", older);
        model.addAttribute("newer", newer);
        model.addAttribute("rows", PlanComparison.of(older, newer));
        return "pages/plans/compare";
    }

    @GetMapping(BASE + "/versions/{number}/pdf")
    ResponseEntity<byte[]> versionPdf(@PathVariable long id, @PathVariable int number, Viewer viewer) {
        AssessmentRecord record = assessments.view(viewer, id);
        PlanView.VersionView v = plans.version(viewer, id, number);
        if (v.kind() == PlanVersion.Kind.WORKING) {
            throw new NoSuchElementException("Only an issued version has a document");
        }
        ChildRecord child = record.child();
        String title = (v.kind() == PlanVersion.Kind.FINAL ? "Education, health and care plan – " : "Draft education, health and care plan – ")
                + child.summary().fullName();
        byte[] body = pdf.render("ehc-plan", Map.of("plan", documents.of(child, v)),
                new DocumentInfo(title, council.name(), v.kind() == PlanVersion.Kind.FINAL ? "Final EHC plan" : "Draft EHC plan",
                        "en-GB", v.issuedOn()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("ehc-plan-" + id + "-v" + number + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
