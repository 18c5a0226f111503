package uk.send.web.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildSummary;
import uk.send.domain.reference.ReferenceData;
import uk.send.pathway.assessment.AboutMe;
import uk.send.pathway.assessment.AboutMeViews;
import uk.send.pathway.assessment.FamilyCase;
import uk.send.pathway.assessment.FamilyCases;
import uk.send.pathway.assessment.FamilyDraftResponse;
import uk.send.pathway.assessment.IllegalTransitionException;
import uk.send.pathway.assessment.SectionComment;
import uk.send.pathway.plan.EhcPlans;
import uk.send.pathway.plan.PlanVersionView;
import uk.send.pathway.plan.PlanView;
import uk.send.pathway.plan.VersionKind;
import uk.send.pathway.support.SharedPlan;
import uk.send.pathway.support.SupportPlans;
import uk.send.web.family.FamilyForms.AboutMeForm;
import uk.send.web.family.FamilyForms.ResponseForm;
import uk.send.web.support.Choice;
import uk.send.web.support.KnownIds;
import uk.send.web.support.RefusalArguments;

/**
 * A parent's or young person's own pages: their children, each child's case (where it stands, the dates the
 * council must meet, the timeline) and plan (reusing {@code /plans/{id}}), and their say: the answer to a draft
 * plan, the confirmation of exactly what was sent, and section A's "about me" views. Only their own children:
 * the list is scoped in the query, and every case or child by id is checked (and a refusal audited) below.
 */
@Controller
@EnableConfigurationProperties(TeamContact.class)
class FamilyController {

    /** A child on the parent's home page: the newest case (if any) and the current plan (if one has been issued). */
    record FamilyChild(ChildSummary child, FamilyCase assessment, PlanView plan, PlanVersionView latest) {

        LocalDate newest() {
            LocalDate caseDate = assessment == null ? null : assessment.requestReceived();
            LocalDate planDate = latest == null ? null : latest.issuedOn();
            if (caseDate == null) {
                return planDate == null ? LocalDate.MIN : planDate;
            }
            return planDate == null || caseDate.isAfter(planDate) ? caseDate : planDate;
        }
    }

    private final ChildDirectory children;
    private final FamilyCases cases;
    private final EhcPlans plans;
    private final AboutMeViews aboutMe;
    private final ReferenceData reference;
    private final KnownIds known;
    private final ConfirmationEmail emails;
    private final TeamContact team;
    private final SupportPlans support;
    private final uk.send.pathway.appeal.Disagreements disagreements;
    private final Clock clock;

    FamilyController(ChildDirectory children, FamilyCases cases, EhcPlans plans, AboutMeViews aboutMe,
                     ReferenceData reference, KnownIds known, ConfirmationEmail emails, TeamContact team, Clock clock, SupportPlans support,
                     uk.send.pathway.appeal.Disagreements disagreements) {
        this.disagreements = disagreements;
        this.support = support;
        this.children = children;
        this.cases = cases;
        this.plans = plans;
        this.aboutMe = aboutMe;
        this.reference = reference;
        this.known = known;
        this.emails = emails;
        this.team = team;
        this.clock = clock;
    }

    @ModelAttribute("team")
    TeamContact team() {
        return team;
    }

    @GetMapping("/parent")
    String home(Viewer viewer, Model model) {
        List<ChildSummary> own = children.search(viewer, null, null, PageRequest.of(0, 50, ChildDirectory.DEFAULT_SORT))
                .getContent();
        Map<Long, FamilyCase> latest = cases.latestFor(viewer, own.stream().map(ChildSummary::id).toList());
        List<FamilyChild> family = own.stream().map(c -> {
            Optional<PlanView> plan = plans.currentFor(viewer, c.id()).filter(p -> !p.issued().isEmpty());
            return new FamilyChild(c, latest.get(c.id()), plan.orElse(null),
                    plan.map(p -> p.issued().get(p.issued().size() - 1)).orElse(null));
        }).sorted(Comparator.comparing(FamilyChild::newest).reversed()).toList();
        model.addAttribute("family", family);
        model.addAttribute("youngPerson", viewer.is(Role.YOUNG_PERSON));
        model.addAttribute("senSupportPlans", support.sharedWith(viewer).stream()
                .collect(java.util.stream.Collectors.groupingBy(SharedPlan::childId)));
        return "pages/parent/home";
    }

    @GetMapping("/parent/cases/{id}")
    String assessment(@PathVariable long id, Viewer viewer, Model model) {
        FamilyCase c = cases.view(viewer, id);
        model.addAttribute("case", c);
        model.addAttribute("child", childName(c.childId()));
        model.addAttribute("plan", plans.currentFor(viewer, c.childId()).filter(p -> !p.issued().isEmpty()).orElse(null));
        model.addAttribute("appeals", disagreements.forChild(viewer, c.childId()));
        return "pages/parent/case";
    }

    @GetMapping("/parent/cases/{id}/response")
    String responseForm(@PathVariable long id, Viewer viewer, Model model) {
        FamilyCase c = awaiting(viewer, id);
        model.addAttribute("responseForm", ResponseForm.empty(c.version()));
        return responsePage(viewer, c, model);
    }

    @PostMapping("/parent/cases/{id}/response")
    String respond(@PathVariable long id, @ModelAttribute("responseForm") ResponseForm form, BindingResult errors,
                   Viewer viewer, Model model) {
        FamilyCase c = awaiting(viewer, id);
        if (form.version() == null) {
            throw new org.springframework.dao.OptimisticLockingFailureException("The form has no version");
        }
        if (form.settingId() != null && !errors.hasFieldErrors("settingId") && !known.isSetting(form.settingId())) {
            errors.rejectValue("settingId", "typeMismatch.settingId");
        }
        FamilyDraftResponse response = errors.hasErrors() ? null : form.toResponse();
        if (response != null && response.isEmpty()) {
            errors.rejectValue("comments", "family.response.empty");
        }
        if (!errors.hasErrors()) {
            try {
                String setting = response.preferredSettingId() == null ? null
                        : reference.settingView(response.preferredSettingId()).name();
                cases.respondToDraft(viewer, id, form.version(), response,
                        emails.of(childName(c.childId()), response, setting, LocalDate.now(clock)));
                return "redirect:/parent/cases/" + id + "/response/sent";
            } catch (IllegalTransitionException refused) {
                errors.rejectValue(refused.field() == IllegalTransitionException.Field.SETTING ? "settingId" : "comments",
                        refused.messageKey(), RefusalArguments.of(refused.arguments()), null);
            }
        }
        return responsePage(viewer, c, model);
    }

    /** A case of the family's own whose draft awaits their answer; otherwise there is no form to show (404). */
    private FamilyCase awaiting(Viewer viewer, long id) {
        FamilyCase c = cases.view(viewer, id);
        if (!c.awaitingResponse()) {
            throw new NoSuchElementException("No draft awaits an answer on this case");
        }
        return c;
    }

    private String responsePage(Viewer viewer, FamilyCase c, Model model) {
        model.addAttribute("case", c);
        model.addAttribute("child", childName(c.childId()));
        PlanView plan = plans.currentFor(viewer, c.childId()).orElse(null);
        model.addAttribute("plan", plan);
        model.addAttribute("draft", plan == null ? null : plan.issued().stream()
                .filter(v -> v.kind() == VersionKind.DRAFT).reduce((a, b) -> b).orElse(null));
        model.addAttribute("sections", SectionComment.SECTIONS);
        model.addAttribute("settings", reference.allSettings().stream().filter(s -> s.open())
                .map(s -> Choice.text(String.valueOf(s.id()), s.name())).toList());
        return "pages/parent/respond";
    }

    @GetMapping("/parent/cases/{id}/response/sent")
    String sent(@PathVariable long id, Viewer viewer, Model model) {
        FamilyCase c = cases.view(viewer, id);
        if (c.response() == null) {
            throw new NoSuchElementException("Nothing has been sent on this case");
        }
        model.addAttribute("case", c);
        model.addAttribute("child", childName(c.childId()));
        return "pages/parent/sent";
    }

    @GetMapping("/parent/children/{childId}/about-me")
    String aboutMeForm(@PathVariable long childId, Viewer viewer, Model model) {
        Map<AboutMe.Whose, AboutMe> views = aboutMe.read(viewer, childId);
        boolean own = viewer.is(Role.YOUNG_PERSON);
        model.addAttribute("aboutMeForm", new AboutMeForm(text(views, AboutMe.Whose.CHILD),
                own ? null : text(views, AboutMe.Whose.FAMILY)));
        return aboutMePage(viewer, childId, model);
    }

    /** The about-me page: a young person writes only their own views (the child's); a parent the child's and theirs. */
    private String aboutMePage(Viewer viewer, long childId, Model model) {
        model.addAttribute("child", childName(childId));
        model.addAttribute("childId", childId);
        model.addAttribute("youngPerson", viewer.is(Role.YOUNG_PERSON));
        return "pages/parent/about-me";
    }

    /**
     * Section A's views as the family sends them. The form shows what was written before, so a view left as it was
     * is not sent again (its date stays): only what is new or changed is saved, emailed and confirmed, so the email
     * and the confirmation page state exactly what was sent now. Nothing changed at all is a field error.
     */
    @PostMapping("/parent/children/{childId}/about-me")
    String writeAboutMe(@PathVariable long childId, @ModelAttribute("aboutMeForm") AboutMeForm form, BindingResult errors,
                        Viewer viewer, Model model) {
        // refused, and audited, for another family's child
        Map<AboutMe.Whose, AboutMe> before = aboutMe.read(viewer, childId);
        boolean own = viewer.is(Role.YOUNG_PERSON);
        boolean childGiven = form.childViews() != null && !form.childViews().isBlank();
        // a young person's views are their own (the child's): the family's field is not theirs to write
        boolean familyGiven = !own && form.familyViews() != null && !form.familyViews().isBlank();
        if (!errors.hasErrors() && !childGiven && !familyGiven) {
            errors.rejectValue("childViews", own ? "family.aboutMe.emptyOwn" : "family.aboutMe.empty");
        }
        Map<AboutMe.Whose, String> written = new java.util.EnumMap<>(AboutMe.Whose.class);
        if (childGiven && !form.childViews().strip().equals(text(before, AboutMe.Whose.CHILD))) {
            written.put(AboutMe.Whose.CHILD, form.childViews().strip());
        }
        if (familyGiven && !form.familyViews().strip().equals(text(before, AboutMe.Whose.FAMILY))) {
            written.put(AboutMe.Whose.FAMILY, form.familyViews().strip());
        }
        if (!errors.hasErrors() && written.isEmpty()) {
            errors.rejectValue("childViews", own ? "family.aboutMe.unchangedOwn" : "family.aboutMe.unchanged");
        }
        if (errors.hasErrors()) {
            return aboutMePage(viewer, childId, model);
        }
        aboutMe.write(viewer, childId, written, emails.ofAboutMe(childName(childId), own, written, LocalDate.now(clock)));
        return "redirect:/parent/children/" + childId + "/about-me/sent?"
                + String.join("&", written.keySet().stream().map(w -> "sent=" + w.name()).toList());
    }

    /**
     * The confirmation of exactly what the signed-in parent or young person sent for section A, and when: the views
     * named by {@code sent} (those the last save changed), and only their own (not what another carer wrote); with
     * none named, every view of theirs. Nothing of theirs, or a name that is no view, answers 404.
     */
    @GetMapping("/parent/children/{childId}/about-me/sent")
    String aboutMeSent(@PathVariable long childId, @RequestParam(name = "sent", required = false) List<String> sent,
                       Viewer viewer, Model model) {
        Map<AboutMe.Whose, AboutMe> views = aboutMe.read(viewer, childId);
        boolean own = viewer.is(Role.YOUNG_PERSON);
        java.util.Set<AboutMe.Whose> named = sent == null || sent.isEmpty() ? java.util.EnumSet.allOf(AboutMe.Whose.class)
                : sent.stream().map(FamilyController::whose).collect(java.util.stream.Collectors.toCollection(
                        () -> java.util.EnumSet.noneOf(AboutMe.Whose.class)));
        List<AboutMe> shown = views.values().stream()
                .filter(v -> v.writtenBy() == viewer.userId() && named.contains(v.whose())).toList();
        if (shown.isEmpty()) {
            throw new NoSuchElementException("Nothing written about this child");
        }
        model.addAttribute("views", shown);
        model.addAttribute("child", childName(childId));
        model.addAttribute("youngPerson", own);
        return "pages/parent/about-me-sent";
    }

    private static AboutMe.Whose whose(String name) {
        for (AboutMe.Whose w : AboutMe.Whose.values()) {
            if (w.name().equals(name)) {
                return w;
            }
        }
        throw new NoSuchElementException("No such views");
    }

    private static String text(Map<AboutMe.Whose, AboutMe> views, AboutMe.Whose whose) {
        return Optional.ofNullable(views.get(whose)).map(AboutMe::views).orElse(null);
    }

    /** The child's name, for a child whose record the module has already checked the viewer may see. */
    private String childName(long childId) {
        return children.identities(List.of(childId)).get(childId).fullName();
    }
}
