package uk.send.web.plans;

import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;

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
import uk.send.domain.reference.Money;
import uk.send.domain.reference.ReferenceData;
import uk.send.pathway.assessment.AboutMeViews;
import uk.send.pathway.plan.AdulthoodArea;
import uk.send.pathway.plan.EhcPlans;
import uk.send.pathway.plan.Outcome;
import uk.send.pathway.plan.OutcomeTag;
import uk.send.pathway.plan.PersonalBudget;
import uk.send.pathway.plan.PlanCommand;
import uk.send.pathway.plan.PlanVersionView;
import uk.send.pathway.plan.PlanView;
import uk.send.pathway.plan.Provision;
import uk.send.pathway.plan.Section;
import uk.send.pathway.plan.VersionKind;
import uk.send.web.documents.AccessiblePdf;
import uk.send.web.documents.DocumentInfo;
import uk.send.web.plans.PlanForms.BudgetForm;
import uk.send.web.plans.PlanForms.OutcomeForm;
import uk.send.web.plans.PlanForms.PlacementForm;
import uk.send.web.plans.PlanForms.ProvisionForm;
import uk.send.web.plans.PlanForms.RemoveForm;
import uk.send.web.plans.PlanForms.SectionForm;
import uk.send.web.support.Choice;
import uk.send.web.support.CouncilSettings;
import uk.send.web.support.KnownIds;
import uk.send.web.support.Notice;
import uk.send.web.support.Downloads;

/**
 * A child's EHC plan, at its own address ({@code /plans/{id}}): the summary and issued versions, each version,
 * a side-by-side comparison and the PDF of an issued version for every role that may read it (caseworker,
 * parent, SENCO: {@link EhcPlans} decides); the working copy, written section by section, for caseworkers.
 */
@Controller
class PlanController {

    static final String BASE = "/plans/{id}";

    private final EhcPlans plans;
    private final ReferenceData reference;
    private final AccessiblePdf pdf;
    private final PlanDocuments documents;
    private final CouncilSettings council;
    private final KnownIds known;
    private final uk.send.pathway.appeal.Disagreements disagreements;
    private final AboutMeViews aboutMe;
    private final Downloads downloads;

    PlanController(EhcPlans plans, ReferenceData reference, AccessiblePdf pdf, PlanDocuments documents,
                   CouncilSettings council, KnownIds known, uk.send.pathway.appeal.Disagreements disagreements,
                   AboutMeViews aboutMe, Downloads downloads) {
        this.downloads = downloads;
        this.aboutMe = aboutMe;
        this.disagreements = disagreements;
        this.plans = plans;
        this.reference = reference;
        this.pdf = pdf;
        this.documents = documents;
        this.council = council;
        this.known = known;
    }

    /** The plan, for a page; refused (and audited by the module) outside the viewer's scope. */
    private PlanView plan(Viewer viewer, long id, Model model) {
        PlanView plan = plans.view(viewer, id);
        model.addAttribute("plan", plan);
        return plan;
    }

    /** The working copy, which only caseworkers are shown (the module leaves it out for everyone else). */
    private static PlanVersionView working(PlanView plan) {
        if (!plan.editable()) {
            throw new NoSuchElementException("No working copy to change");
        }
        return plan.working();
    }

    private static String redirect(long id, String anchor) {
        return "redirect:/plans/" + id + (anchor == null ? "" : "#" + anchor);
    }

    @GetMapping(BASE)
    String overview(@PathVariable long id, Viewer viewer, Model model) {
        PlanView plan = plan(viewer, id, model);
        model.addAttribute("sections", Section.values());
        // the child's mediation and appeals (caseworkers and the family: a parent, or a young person on their own
        // account; none for a SENCO)
        model.addAttribute("appeals", disagreements.forChild(viewer, plan.childId()));
        model.addAttribute("showAppeals", viewer.is(uk.send.domain.access.Role.CASEWORKER) || viewer.isFamily());
        // the one next action on the plan's reviews (caseworkers), or where a parent or SENCO gives their views
        model.addAttribute("nextSlug", plan.next() == null ? null : ReviewSlugs.of(plan.next().kind()));
        model.addAttribute("reviewViewsPath", viewer.isFamily() ? "/parent/reviews/" + id
                : viewer.is(uk.send.domain.access.Role.SENCO) ? "/school/reviews/" + id : null);
        return "pages/plans/plan";
    }

    @GetMapping(BASE + "/sections/{section}")
    String section(@PathVariable long id, @PathVariable String section, Viewer viewer, Model model) {
        Section s = section(section);
        PlanView plan = plan(viewer, id, model);
        PlanVersionView working = working(plan);
        model.addAttribute("sectionForm", new SectionForm(working.sections().get(s), working.version()));
        return sectionPage(viewer, plan, s, model);
    }

    /**
     * The page for writing one section; section A shows beside it the "about me" views the family wrote, each saying
     * whose they are (the young person's own, the child's as the family put them, the parents').
     */
    private String sectionPage(Viewer viewer, PlanView plan, Section s, Model model) {
        model.addAttribute("section", s);
        model.addAttribute("aboutMe", s == Section.A ? aboutMe.read(viewer, plan.childId()).values() : java.util.List.of());
        return "pages/plans/section";
    }

    private static Section section(String name) {
        for (Section s : Section.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new NoSuchElementException("No such section");
    }

    @PostMapping(BASE + "/sections/{section}")
    String writeSection(@PathVariable long id, @PathVariable String section, @ModelAttribute("sectionForm") SectionForm form,
                        BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        Section s = section(section);
        if (!errors.hasErrors()) {
            plans.edit(viewer, id, PlanFormChecks.version(form.version()), new PlanCommand.WriteSection(s, form.text()));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("plan.notice.saved"));
            return redirect(id, null);
        }
        PlanView plan = plan(viewer, id, model);
        working(plan);
        return sectionPage(viewer, plan, s, model);
    }

    @GetMapping(BASE + "/outcomes/new")
    String newOutcome(@PathVariable long id, Viewer viewer, Model model) {
        PlanVersionView working = working(plan(viewer, id, model));
        model.addAttribute("outcomeForm", new OutcomeForm(null, null, null, null, null, null, null, working.version()));
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
        PlanFormChecks.required(errors, "outcome", form.outcome(), "plan.error.outcomeRequired");
        PlanFormChecks.required(errors, "steps", form.steps(), "plan.error.stepsRequired");
        Optional<LocalDate> byWhen = PlanFormChecks.date(errors, "day", form.day(), form.month(), form.year(),
                "plan.error.byWhenRequired");
        if (!errors.hasErrors()) {
            plans.edit(viewer, id, PlanFormChecks.version(form.version()), new PlanCommand.AddOutcome(
                    new Outcome(form.outcome(), form.steps(), byWhen.orElseThrow(), form.adulthoodArea(), form.tag())));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("plan.notice.saved"));
            return redirect(id, "section-e");
        }
        working(plan(viewer, id, model));
        return outcomePage(model);
    }

    @PostMapping(BASE + "/outcomes/{index}/remove")
    String removeOutcome(@PathVariable long id, @PathVariable String index, RemoveForm form, Viewer viewer,
                         RedirectAttributes redirect) {
        plans.edit(viewer, id, PlanFormChecks.version(form.version()), new PlanCommand.RemoveOutcome(position(index)));
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("plan.notice.removed"));
        return redirect(id, "section-e");
    }

    /** At most nine digits: a position in a list, or the number of a version; anything else names nothing. */
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

    /** A position in a list (0 is the first): anything that is not one names nothing there. */
    private static int position(String value) {
        if (value == null || !NUMBER.matcher(value).matches()) {
            throw new NoSuchElementException("No such item");
        }
        return Integer.parseInt(value);
    }

    @GetMapping(BASE + "/provision/new")
    String newProvision(@PathVariable long id, Viewer viewer, Model model) {
        PlanVersionView working = working(plan(viewer, id, model));
        model.addAttribute("provisionForm", new ProvisionForm(null, null, null, null, working.version()));
        return "pages/plans/provision";
    }

    @PostMapping(BASE + "/provision")
    String addProvision(@PathVariable long id, @ModelAttribute("provisionForm") ProvisionForm form, BindingResult errors,
                        Viewer viewer, Model model, RedirectAttributes redirect) {
        PlanFormChecks.required(errors, "what", form.what(), "plan.error.whatRequired");
        PlanFormChecks.required(errors, "howOften", form.howOften(), "plan.error.howOftenRequired");
        PlanFormChecks.required(errors, "howLong", form.howLong(), "plan.error.howLongRequired");
        PlanFormChecks.required(errors, "byWhom", form.byWhom(), "plan.error.byWhomRequired");
        if (!errors.hasErrors()) {
            plans.edit(viewer, id, PlanFormChecks.version(form.version()), new PlanCommand.AddProvision(
                    new Provision(form.what(), form.howOften(), form.howLong(), form.byWhom())));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("plan.notice.saved"));
            return redirect(id, "section-f");
        }
        working(plan(viewer, id, model));
        return "pages/plans/provision";
    }

    @PostMapping(BASE + "/provision/{index}/remove")
    String removeProvision(@PathVariable long id, @PathVariable String index, RemoveForm form, Viewer viewer,
                           RedirectAttributes redirect) {
        plans.edit(viewer, id, PlanFormChecks.version(form.version()), new PlanCommand.RemoveProvision(position(index)));
        redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("plan.notice.removed"));
        return redirect(id, "section-f");
    }

    @GetMapping(BASE + "/budget")
    String budget(@PathVariable long id, Viewer viewer, Model model) {
        PlanVersionView working = working(plan(viewer, id, model));
        PersonalBudget b = working.budget();
        model.addAttribute("budgetForm", new BudgetForm(b.requested(),
                b.amountPence() == null ? null : Money.ofPence(b.amountPence()).toBigDecimal().toPlainString(),
                b.covers(), b.directPayments(), b.arrangements(), working.version()));
        return budgetPage(model);
    }

    private static String budgetPage(Model model) {
        model.addAttribute("parts", Choice.of(PersonalBudget.Part.class, "plan.budget.part"));
        model.addAttribute("yesNo", java.util.List.of(Choice.message("true", "common.yes"), Choice.message("false", "common.no")));
        return "pages/plans/budget";
    }

    /**
     * Section J. The amount, parts and direct payments are asked for (and kept) only when a budget was requested:
     * with "no" they are set aside, as the page hides them.
     */
    @PostMapping(BASE + "/budget")
    String writeBudget(@PathVariable long id, @ModelAttribute("budgetForm") BudgetForm form, BindingResult errors,
                       Viewer viewer, Model model, RedirectAttributes redirect) {
        boolean requested = Boolean.TRUE.equals(form.requested());
        if (form.requested() == null && !errors.hasFieldErrors("requested")) {
            errors.rejectValue("requested", "plan.budget.error.requestedRequired");
        }
        Long pence = requested ? PlanFormChecks.pence(errors, "amount", form.amount(), "plan.budget.error.amountFormat") : null;
        java.util.List<PersonalBudget.Part> covers = requested && form.covers() != null ? form.covers() : java.util.List.of();
        if (!errors.hasErrors()) {
            for (PersonalBudget.Problem p : PersonalBudget.problems(form.requested(), pence,
                    covers.contains(PersonalBudget.Part.EDUCATION), covers.contains(PersonalBudget.Part.HEALTH),
                    covers.contains(PersonalBudget.Part.SOCIAL_CARE), requested ? form.directPayments() : null,
                    form.arrangements())) {
                if (!errors.hasFieldErrors(p.field())) {
                    errors.rejectValue(p.field(), p.key(), new Object[] {Money.ofPence(PersonalBudget.MAX_PENCE).format()}, null);
                }
            }
        }
        if (!errors.hasErrors()) {
            plans.edit(viewer, id, PlanFormChecks.version(form.version()), new PlanCommand.WritePersonalBudget(
                    new PersonalBudget(form.requested(), pence, covers.contains(PersonalBudget.Part.EDUCATION),
                            covers.contains(PersonalBudget.Part.HEALTH), covers.contains(PersonalBudget.Part.SOCIAL_CARE),
                            requested ? form.directPayments() : null, form.arrangements())));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("plan.notice.saved"));
            return redirect(id, "section-j");
        }
        working(plan(viewer, id, model));
        return budgetPage(model);
    }

    @GetMapping(BASE + "/placement")
    String placement(@PathVariable long id, Viewer viewer, Model model) {
        PlanView plan = plans.view(viewer, id, true);
        model.addAttribute("plan", plan);
        PlanVersionView working = working(plan);
        model.addAttribute("placementForm", new PlacementForm(working.placementSettingId(), working.version()));
        return placementPage(model);
    }

    private String placementPage(Model model) {
        model.addAttribute("settings", reference.allSettings().stream()
                .map(s -> Choice.text(String.valueOf(s.id()), s.name() + " (" + s.urn() + ")")).toList());
        return "pages/plans/placement";
    }

    @PostMapping(BASE + "/placement")
    String place(@PathVariable long id, @ModelAttribute("placementForm") PlacementForm form, BindingResult errors,
                 Viewer viewer, Model model, RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("settingId")) {
            if (form.settingId() == null) {
                errors.rejectValue("settingId", "plan.error.settingRequired");
            } else if (!known.isSetting(form.settingId())) {
                errors.rejectValue("settingId", "plan.error.settingUnknown");
            }
        }
        if (!errors.hasErrors()) {
            plans.edit(viewer, id, PlanFormChecks.version(form.version()), new PlanCommand.NamePlacement(form.settingId()));
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("plan.notice.saved"));
            return redirect(id, "section-i");
        }
        PlanView plan = plans.view(viewer, id, true);
        model.addAttribute("plan", plan);
        working(plan);
        return placementPage(model);
    }

    @GetMapping(BASE + "/versions/{number}")
    String version(@PathVariable long id, @PathVariable String number, Viewer viewer, Model model) {
        model.addAttribute("plan", plans.view(viewer, id, true));
        model.addAttribute("version", plans.version(viewer, id, versionNumber(number)));
        model.addAttribute("sections", Section.values());
        return "pages/plans/version";
    }

    private static int versionNumber(String value) {
        if (value == null || !NUMBER.matcher(value).matches()) {
            throw new NoSuchElementException("No such version");
        }
        return Integer.parseInt(value);
    }

    @GetMapping(BASE + "/compare")
    String compare(@PathVariable long id, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, Viewer viewer, Model model) {
        plan(viewer, id, model);
        PlanVersionView older = plans.version(viewer, id, versionNumber(from));
        PlanVersionView newer = plans.version(viewer, id, versionNumber(to));
        model.addAttribute("older", older);
        model.addAttribute("newer", newer);
        model.addAttribute("rows", PlanComparison.of(older, newer));
        return "pages/plans/compare";
    }

    @GetMapping(BASE + "/versions/{number}.pdf")
    ResponseEntity<byte[]> versionPdf(@PathVariable long id, @PathVariable String number, Viewer viewer) {
        PlanView plan = plans.view(viewer, id, true);
        PlanVersionView v = plans.version(viewer, id, versionNumber(number));
        if (v.kind() == VersionKind.WORKING) {
            throw new NoSuchElementException("Only an issued version has a document");
        }
        boolean superseded = plan.superseded(v.number());
        downloads.document(viewer, "PLAN", id, "EHC plan version " + v.number() + " (PDF)");
        String title = (v.draft() ? "Draft education, health and care plan – " : "Education, health and care plan – ")
                + plan.childName() + (superseded ? " (superseded)" : "");
        byte[] body = pdf.render("ehc-plan", Map.of("plan", documents.of(plan, v), "draft", v.draft(), "superseded", superseded),
                new DocumentInfo(title, council.name(), v.draft() ? "Draft EHC plan" : superseded ? "Superseded EHC plan"
                        : "Final EHC plan", "en-GB", v.issuedOn()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("ehc-plan-" + id + "-v" + v.number() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
