package uk.send.web.assessments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.ReferenceData;
import uk.send.pathway.assessment.AdviceSource;
import uk.send.pathway.assessment.AssessmentCommand;
import uk.send.pathway.assessment.AssessmentRecord;
import uk.send.pathway.assessment.CaseloadFilter;
import uk.send.pathway.assessment.CaseloadSort;
import uk.send.pathway.assessment.IllegalTransitionException;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.assessment.NewRequest;
import uk.send.pathway.assessment.Requester;
import uk.send.pathway.assessment.Stage;
import uk.send.pathway.calendar.DeadlineStatus;
import uk.send.pathway.calendar.Reg10Exception;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;
import uk.send.web.support.Paging;
import uk.send.web.support.RefusalArguments;

/** A caseworker's EHC needs assessments: the caseload, each case, a new request, and every step. */
@Controller
class CaseworkerAssessmentsController {

    /** Advisers with accounts to choose from when asking for advice, by name. */
    private static final Pageable ADVISERS = PageRequest.of(0, 500, Sort.by("displayName", "id"));

    private final NeedsAssessments assessments;
    private final ChildDirectory children;
    private final ReferenceData reference;
    private final AccountService accounts;
    private final Clock clock;
    private final uk.send.pathway.plan.EhcPlans plans;
    private final StepFormValidator validator;
    private final uk.send.pathway.assessment.AboutMeViews aboutMe;
    private final uk.send.pathway.appeal.Disagreements disagreements;
    private final uk.send.pathway.support.SupportPlans support;
    private final uk.send.web.support.ListCsv csv;

    CaseworkerAssessmentsController(NeedsAssessments assessments, ChildDirectory children, ReferenceData reference,
                                    AccountService accounts, Clock clock, uk.send.pathway.plan.EhcPlans plans,
                                    StepFormValidator validator, uk.send.pathway.assessment.AboutMeViews aboutMe,
                                    uk.send.pathway.appeal.Disagreements disagreements,
                                    uk.send.pathway.support.SupportPlans support, uk.send.web.support.ListCsv csv) {
        this.csv = csv;
        this.support = support;
        this.disagreements = disagreements;
        this.aboutMe = aboutMe;
        this.plans = plans;
        this.validator = validator;
        this.assessments = assessments;
        this.children = children;
        this.reference = reference;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/caseworker")
    String caseload(Viewer viewer, @RequestParam(required = false) String q, @RequestParam(required = false) Long footprint,
                    @RequestParam(required = false) Stage stage, @RequestParam(required = false) NeedCode need,
                    @RequestParam(required = false) DeadlineStatus status, @RequestParam(required = false) CaseloadSort sort,
                    @RequestParam(defaultValue = "1") int page, Model model) {
        Long footprintFilter = footprint != null && viewer.footprintIds().contains(footprint) ? footprint : null;
        CaseloadFilter filter = new CaseloadFilter(q, footprintFilter, stage, need, status);
        CaseloadSort order = sort == null ? CaseloadSort.NEXT_DUE : sort;
        NeedsAssessments.Caseload caseload = assessments.caseload(viewer, filter, order,
                PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("sort", order);
        model.addAttribute("cases", caseload.page());
        model.addAttribute("paging", Paging.of(caseload.page(), "/caseworker", "q", q, "footprint", footprintFilter,
                "stage", stage, "need", need, "status", status, "sort", sort));
        model.addAttribute("counts", caseload.countsByStage());
        model.addAttribute("overdue", caseload.overdue());
        model.addAttribute("openAppeals", disagreements.countOpen(viewer));
        model.addAttribute("filter", filter);
        List<FootprintView> footprints = reference.footprints().stream()
                .filter(f -> viewer.footprintIds().contains(f.id())).toList();
        model.addAttribute("footprints", footprints);
        model.addAttribute("footprintChoices", footprints.stream().map(f -> Choice.text(f.id(), f.name())).toList());
        model.addAttribute("stageChoices", List.of(Stage.REQUESTED, Stage.ASSESSING, Stage.DRAFTING, Stage.DRAFT_ISSUED)
                .stream().map(st -> Choice.message(st, "stage." + st)).toList());
        model.addAttribute("statusChoices", Choice.of(DeadlineStatus.class, "deadlineStatus"));
        model.addAttribute("needChoices", Choice.of(NeedCode.class, "need"));
        return "pages/caseworker/caseload";
    }

    /** The whole filtered caseload, written row by row as the database returns it (never held in memory). */
    @GetMapping(value = "/caseworker/caseload.csv", produces = "text/csv")
    void caseloadCsv(Viewer viewer, @RequestParam(required = false) String q, @RequestParam(required = false) Long footprint,
                     @RequestParam(required = false) Stage stage, @RequestParam(required = false) NeedCode need,
                     @RequestParam(required = false) DeadlineStatus status,
                     jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        Long footprintFilter = footprint != null && viewer.footprintIds().contains(footprint) ? footprint : null;
        CaseloadFilter filter = new CaseloadFilter(q, footprintFilter, stage, need, status);
        // audited with or without a filter; the search's text is never written, only that there was one
        java.io.Writer out = csv.start(viewer, response, "caseload", "caseload"
                + (q == null || q.isBlank() ? "" : ", searched") + (footprintFilter == null ? "" : ", footprint " + footprintFilter)
                + (stage == null ? "" : ", stage " + stage.name()) + (need == null ? "" : ", need " + need.name())
                + (status == null ? "" : ", " + status.name()));
        out.write(CaseloadCsv.HEADER + "\r\n");
        assessments.eachCase(viewer, filter, c -> {
            try {
                out.write(CaseloadCsv.line(c, csv::label));
            } catch (java.io.IOException gone) {
                throw new java.io.UncheckedIOException(gone);
            }
        });
        out.flush();
    }

    @GetMapping("/caseworker/assessments/{id}")
    String assessment(@PathVariable long id, Viewer viewer, Model model) {
        AssessmentRecord record = assessments.view(viewer, id);
        model.addAttribute("case", record);
        java.util.Optional<uk.send.pathway.assessment.NextAction> next = uk.send.pathway.assessment.NextAction.of(record);
        model.addAttribute("next", next.orElse(null));
        model.addAttribute("lateness", Lateness.INSTANCE);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("nextStep", next.map(n -> CaseStep.of(n.step())).orElse(null));
        // the others open at this stage, after the one next action
        model.addAttribute("steps", CaseStep.offered(record.openSteps()).stream()
                .filter(s -> next.isEmpty() || s.step() != next.get().step()).toList());
        model.addAttribute("settingNames", record.settingNames());
        model.addAttribute("hasPlan", plans.existsForAssessment(id));
        // the family's "about me" views for section A, written on their own pages
        model.addAttribute("aboutMe", aboutMe.read(viewer, record.child().summary().id()).values());
        // tell it once: a school's request carries the pupil's SEN Support cycles, read from the record itself
        model.addAttribute("schoolEvidence", record.fromSchool() == null || record.fromSchool().supportRecordId() == null
                ? null : support.evidence(viewer, record.fromSchool().supportRecordId()));
        return "pages/caseworker/assessment";
    }

    @GetMapping("/caseworker/assessments/{id}/refusal-notice")
    String refusalNotice(@PathVariable long id, Viewer viewer, Model model) {
        AssessmentRecord record = assessments.view(viewer, id);
        if (record.stage() != Stage.REFUSED) {
            throw new java.util.NoSuchElementException("No refusal on this case");
        }
        model.addAttribute("case", record);
        return "pages/caseworker/refusal-notice";
    }

    @GetMapping("/caseworker/assessments/new")
    String newRequest(@RequestParam long child, Viewer viewer, Model model) {
        model.addAttribute("child", children.view(viewer, child));
        model.addAttribute("stepForm", StepForm.today(LocalDate.now(clock), 0));
        model.addAttribute("requesters", Choice.of(Requester.class, "requester"));
        return "pages/caseworker/new-request";
    }

    @PostMapping("/caseworker/assessments")
    String receiveRequest(@RequestParam long child, @ModelAttribute("stepForm") StepForm form, BindingResult errors,
                          Viewer viewer, Model model, RedirectAttributes redirect) {
        validator.validateRequest(form, errors);
        Optional<LocalDate> date = form.date();
        if (!errors.hasErrors()) {
            try {
                long id = assessments.receiveRequest(viewer, new NewRequest(child, form.requestedBy(), date.orElseThrow(),
                        form.text(), form.evidence()));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("assessment.notice.requestReceived"));
                return "redirect:/caseworker/assessments/" + id;
            } catch (IllegalTransitionException refused) {
                errors.rejectValue(requestField(refused.field()), refused.messageKey(), arguments(refused), null);
            }
        }
        model.addAttribute("child", children.view(viewer, child));
        model.addAttribute("requesters", Choice.of(Requester.class, "requester"));
        return "pages/caseworker/new-request";
    }

    @GetMapping("/caseworker/assessments/{id}/steps/{slug}")
    String stepForm(@PathVariable long id, @PathVariable String slug, @RequestParam(required = false) Long advice,
                    Viewer viewer, Model model) {
        AssessmentRecord record = assessments.view(viewer, id);
        CaseStep step = CaseStep.fromSlug(slug).orElseThrow(() -> new java.util.NoSuchElementException("No such step"));
        StepForm form = StepForm.today(LocalDate.now(clock), record.version());
        model.addAttribute("stepForm", new StepForm(form.day(), form.month(), form.year(), null, null, null, null, advice,
                null, null, null, null, null, null, record.version(), null));
        return stepPage(step, record, model);
    }

    @PostMapping("/caseworker/assessments/{id}/steps/{slug}")
    String takeStep(@PathVariable long id, @PathVariable String slug, @ModelAttribute("stepForm") StepForm form,
                    BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        CaseStep step = CaseStep.fromSlug(slug).orElseThrow(() -> new java.util.NoSuchElementException("No such step"));
        if (form.version() == null) {
            throw new OptimisticLockingFailureException("No version: cannot tell what the step was taken on");
        }
        if (step == CaseStep.RECEIVE_ADVICE && form.adviceId() == null) {
            throw new java.util.NoSuchElementException("No such request for advice");
        }
        validator.validateStep(step, form, errors);
        Optional<LocalDate> date = form.date();
        if (!errors.hasErrors()) {
            try {
                assessments.take(viewer, id, form.version(), command(step, form, date.orElseThrow()));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of(step.key() + ".done"));
                return "redirect:/caseworker/assessments/" + id;
            } catch (IllegalTransitionException refused) {
                errors.rejectValue(step.formField(refused.field()), refused.messageKey(), arguments(refused), null);
            }
        }
        return stepPage(step, assessments.view(viewer, id), model);
    }

    private String stepPage(CaseStep step, AssessmentRecord record, Model model) {
        model.addAttribute("case", record);
        model.addAttribute("step", step);
        model.addAttribute("sources", Choice.of(AdviceSource.class, "adviceSource"));
        model.addAttribute("reasons", Choice.of(Reg10Exception.class, "reg10"));
        if (step.fields() == CaseStep.Field.ADVICE_SOURCE) {
            model.addAttribute("advisers", accounts.search("", Role.ADVISER, ADVISERS).stream()
                    .filter(AccountView::enabled).map(a -> Choice.text(a.id(), a.displayName() + " (" + a.email() + ")")).toList());
        }
        if (step.fields().hasSetting()) {
            model.addAttribute("settings", reference.allSettings().stream()
                    .map(s -> Choice.text(s.id(), s.name() + " (" + s.urn() + ")")).toList());
        }
        return "pages/caseworker/step";
    }

    /** The command for the step, from what the form says (already checked to hold what the step needs). */
    private static AssessmentCommand command(CaseStep step, StepForm form, LocalDate date) {
        return switch (step) {
            case DECIDE_TO_ASSESS -> new AssessmentCommand.DecideToAssess(date);
            case REFUSE -> new AssessmentCommand.RefuseToAssess(date, form.text());
            case REQUEST_ADVICE -> new AssessmentCommand.RequestAdvice(date, form.source(), form.addressee(), form.adviserId());
            case RECEIVE_ADVICE -> new AssessmentCommand.ReceiveAdvice(date, form.adviceId(), form.text());
            case DECIDE_TO_ISSUE -> new AssessmentCommand.DecideToIssue(date);
            case DECIDE_NOT_TO_ISSUE -> new AssessmentCommand.DecideNotToIssue(date, form.text());
            case ISSUE_DRAFT -> new AssessmentCommand.IssueDraft(date);
            case DRAFT_RESPONSE -> new AssessmentCommand.RecordDraftResponse(date, form.text(), form.settingId());
            case CONSULT_SETTING -> new AssessmentCommand.ConsultSetting(date, form.settingId());
            case FINALISE -> new AssessmentCommand.Finalise(date, form.settingId());
            case RECORD_EXCEPTION -> new AssessmentCommand.RecordException(date, form.toDate().orElseThrow(), form.reason(),
                    form.text());
        };
    }

    /** The field of the new-request form a refusal is shown against (the first field when it is about the case). */
    private static String requestField(IllegalTransitionException.Field field) {
        return switch (field) {
            case DATE -> "day";
            case TEXT -> "text";
            case EVIDENCE -> "evidence";
            default -> "requestedBy";
        };
    }

    /** The values a refusal's words need, dates written the way the pages write them ("16 March 2026"). */
    static Object[] arguments(IllegalTransitionException refused) {
        return RefusalArguments.of(refused.arguments());
    }
}
