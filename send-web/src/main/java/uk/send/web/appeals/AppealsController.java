package uk.send.web.appeals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.ReferenceData;
import uk.send.pathway.appeal.AppealFilter;
import uk.send.pathway.appeal.AppealOutcome;
import uk.send.pathway.appeal.AppealSort;
import uk.send.pathway.appeal.AppealType;
import uk.send.pathway.appeal.DisagreementCommand;
import uk.send.pathway.appeal.DisagreementRefusal;
import uk.send.pathway.appeal.DisagreementSummary;
import uk.send.pathway.appeal.DisagreementView;
import uk.send.pathway.appeal.Disagreements;
import uk.send.pathway.appeal.MediationOutcome;
import uk.send.pathway.calendar.TribunalCompliance;
import uk.send.web.support.Choice;
import uk.send.domain.files.Csv;
import uk.send.web.support.Notice;
import uk.send.web.support.Paging;
import uk.send.web.support.RefusalArguments;
import uk.send.web.support.ListCsv;

/**
 * Mediation and tribunal appeals for caseworkers: the list of their footprints' appeals (filtered, sorted,
 * paged, CSV), a disagreement opened from a child's record, its page, and each step.
 */
@Controller
class AppealsController {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** The CSV's columns, with the labels the page shows. */
    static final List<String> COLUMNS = List.of("appeals.child", "appeals.footprint", "appeals.type",
            "appeals.stage", "appeals.mediationOffered", "appeals.registered", "appeals.responseDue",
            "appeals.hearing", "appeals.outcome", "appeals.complianceDue", "appeals.appealBy");

    private final Disagreements disagreements;
    private final ChildDirectory children;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final ListCsv listCsv;

    AppealsController(Disagreements disagreements, ChildDirectory children, ReferenceData reference,
                      MessageSource messages, ListCsv listCsv) {
        this.listCsv = listCsv;
        this.disagreements = disagreements;
        this.children = children;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping("/caseworker/appeals")
    String list(Viewer viewer, @RequestParam(required = false) String q, @RequestParam(required = false) Long footprint,
                @RequestParam(required = false) AppealType type, @RequestParam(required = false) Boolean open,
                @RequestParam(required = false) AppealSort sort, @RequestParam(defaultValue = "1") int page,
                Model model) {
        AppealFilter filter = filter(viewer, q, footprint, type, open);
        AppealSort order = sort == null ? AppealSort.NEXT_DATE : sort;
        Page<DisagreementSummary> appeals = disagreements.list(viewer, filter, order,
                PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("appeals", appeals);
        model.addAttribute("filter", filter);
        model.addAttribute("sort", order);
        model.addAttribute("paging", Paging.of(appeals, "/caseworker/appeals", "q", q, "footprint",
                filter.footprintId(), "type", type, "open", open, "sort", sort));
        List<FootprintView> footprints = reference.footprints().stream()
                .filter(f -> viewer.footprintIds().contains(f.id())).toList();
        model.addAttribute("footprints", footprints);
        model.addAttribute("footprintChoices", footprints.stream().map(f -> Choice.text(f.id(), f.name())).toList());
        model.addAttribute("typeChoices", Choice.of(AppealType.class, "appealType"));
        model.addAttribute("openChoices", List.of(Choice.message(true, "appeals.openOnly"),
                Choice.message(false, "appeals.endedOnly")));
        return "pages/appeals/list";
    }

    @GetMapping(value = "/caseworker/appeals.csv", produces = "text/csv")
    void csv(Viewer viewer, @RequestParam(required = false) String q, @RequestParam(required = false) Long footprint,
             @RequestParam(required = false) AppealType type, @RequestParam(required = false) Boolean open,
             @RequestParam(required = false) AppealSort sort, Locale locale, HttpServletResponse response)
            throws IOException {
        AppealFilter filter = filter(viewer, q, footprint, type, open);
        Writer out = listCsv.start(viewer, response, "appeals", "mediation and appeals"
                + (q == null || q.isBlank() ? "" : ", searched") + (footprint == null ? "" : ", footprint " + footprint)
                + (type == null ? "" : ", " + type) + (open == null ? "" : open ? ", open" : ", closed"));
        out.write(Csv.line(COLUMNS.stream().map(key -> text(key, locale)).toArray()));
        disagreements.each(viewer, filter, sort == null ? AppealSort.NEXT_DATE : sort, a -> {
            try {
                out.write(Csv.line(a.familyName() + ", " + a.givenName(), a.footprintName(),
                        text("appealType." + a.type(), locale), text("appealStage." + a.stage(), locale),
                        date(a.mediationOfferedOn()), date(a.registeredOn()), date(a.responseDue()),
                        date(a.hearingOn()), a.outcome() == null ? null : text("appealOutcome." + a.outcome(), locale),
                        date(a.complianceDue()), date(a.appealBy())));
            } catch (IOException gone) {
                throw new UncheckedIOException(gone);
            }
        });
        out.flush();
    }

    @GetMapping("/caseworker/appeals/new")
    String newForm(@RequestParam long child, Viewer viewer, Model model) {
        model.addAttribute("appealForm", AppealForm.empty(0));
        return newPage(child, viewer, model);
    }

    @PostMapping("/caseworker/appeals")
    String open(@RequestParam long child, @ModelAttribute("appealForm") AppealForm form, BindingResult errors,
                Viewer viewer, Model model, RedirectAttributes redirect) {
        check(AppealStep.NEW, form, errors);
        if (!errors.hasErrors()) {
            try {
                long id = disagreements.open(viewer, child, form.type(), form.date().orElseThrow(),
                        form.date2().orElseThrow());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("appealStep.new.done"));
                return "redirect:/caseworker/appeals/" + id;
            } catch (DisagreementRefusal refused) {
                reject(errors, refused);
            }
        }
        return newPage(child, viewer, model);
    }

    private String newPage(long child, Viewer viewer, Model model) {
        model.addAttribute("child", children.view(viewer, child));
        model.addAttribute("step", AppealStep.NEW);
        model.addAttribute("types", Choice.of(AppealType.class, "appealType"));
        return "pages/appeals/new";
    }

    @GetMapping("/caseworker/appeals/{id}")
    String view(@PathVariable long id, Viewer viewer, Model model) {
        DisagreementView d = disagreements.view(viewer, id);
        model.addAttribute("d", d);
        model.addAttribute("steps", d.openSteps().stream().map(AppealStep::of).toList());
        return "pages/appeals/appeal";
    }

    @GetMapping("/caseworker/appeals/{id}/steps/{slug}")
    String stepForm(@PathVariable long id, @PathVariable String slug, Viewer viewer, Model model) {
        AppealStep step = AppealStep.fromSlug(slug).orElseThrow(() -> new NoSuchElementException("No such step"));
        DisagreementView d = disagreements.view(viewer, id);
        model.addAttribute("appealForm", AppealForm.empty(d.version()));
        return stepPage(step, d, model);
    }

    @PostMapping("/caseworker/appeals/{id}/steps/{slug}")
    String takeStep(@PathVariable long id, @PathVariable String slug, @ModelAttribute("appealForm") AppealForm form,
                    BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        AppealStep step = AppealStep.fromSlug(slug).orElseThrow(() -> new NoSuchElementException("No such step"));
        if (form.version() == null) {
            throw new OptimisticLockingFailureException("No version: cannot tell what the step was taken on");
        }
        check(step, form, errors);
        if (!errors.hasErrors()) {
            try {
                disagreements.take(viewer, id, form.version(), command(step, form));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of(step.key() + ".done"));
                return "redirect:/caseworker/appeals/" + id;
            } catch (DisagreementRefusal refused) {
                reject(errors, refused);
            }
        }
        return stepPage(step, disagreements.view(viewer, id), model);
    }

    private String stepPage(AppealStep step, DisagreementView d, Model model) {
        if (!d.isOpen(step.step())) {
            throw new NoSuchElementException("That step is not open on this disagreement");
        }
        model.addAttribute("d", d);
        model.addAttribute("step", step);
        model.addAttribute("mediationOutcomes", Choice.of(MediationOutcome.class, "mediationOutcome"));
        model.addAttribute("outcomes", Choice.of(AppealOutcome.class, "appealOutcome"));
        model.addAttribute("compliances", Choice.of(TribunalCompliance.class, "compliance"));
        return "pages/appeals/step";
    }

    private static DisagreementCommand command(AppealStep step, AppealForm form) {
        LocalDate date = form.date().orElseThrow();
        return switch (step) {
            case CERTIFICATE -> new DisagreementCommand.IssueCertificate(date, form.mediationOutcome());
            case APPEAL -> new DisagreementCommand.RegisterAppeal(date, form.date2().orElseThrow());
            case HEARING -> new DisagreementCommand.ListHearing(date);
            case OUTCOME -> new DisagreementCommand.Decide(date, form.outcome(), form.compliance());
            case NEW -> throw new IllegalArgumentException("not a step");
        };
    }

    /** Everything the step's page asks for, each on its field; a value no page sends is a bad request. */
    private static void check(AppealStep step, AppealForm form, Errors errors) {
        for (FieldError error : errors.getFieldErrors()) {
            if (!step.fields().contains(error.getField()) || "version".equals(error.getField())) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A value no page sends");
            }
        }
        if (step == AppealStep.NEW && form.type() == null && !errors.hasFieldErrors("type")) {
            errors.rejectValue("type", "appeals.error.typeRequired");
        }
        date(errors, "day", form.day(), form.month(), form.year(), form.date().isPresent());
        if (step.shows("day2")) {
            date(errors, "day2", form.day2(), form.month2(), form.year2(), form.date2().isPresent());
        }
        if (step == AppealStep.CERTIFICATE && form.mediationOutcome() == null
                && !errors.hasFieldErrors("mediationOutcome")) {
            errors.rejectValue("mediationOutcome", "appeals.error.mediationOutcomeRequired");
        }
        if (step == AppealStep.OUTCOME && form.outcome() == null && !errors.hasFieldErrors("outcome")) {
            errors.rejectValue("outcome", "appeals.error.outcomeRequired");
        }
    }

    private static void date(Errors errors, String field, String day, String month, String year, boolean valid) {
        if (errors.hasFieldErrors(field)) {
            return;
        }
        boolean blank = (day == null || day.isBlank()) && (month == null || month.isBlank())
                && (year == null || year.isBlank());
        if (blank) {
            errors.rejectValue(field, "appeals.error.dateRequired");
        } else if (!valid) {
            errors.rejectValue(field, "appeals.error.dateInvalid");
        }
    }

    private static void reject(Errors errors, DisagreementRefusal refused) {
        String field = switch (refused.field()) {
            case DATE, STEP -> "day";
            case SECOND_DATE -> "day2";
            case TYPE -> "type";
            case OUTCOME -> refusedOutcomeField(refused);
            case COMPLIANCE -> "compliance";
        };
        Object[] arguments = RefusalArguments.of(refused.arguments());
        errors.rejectValue(field, refused.key(), arguments, null);
    }

    private static String refusedOutcomeField(DisagreementRefusal refused) {
        return refused.key().startsWith("disagreement.mediationOutcome") ? "mediationOutcome" : "outcome";
    }

    private static String date(LocalDate date) {
        return date == null ? null : SHORT_DATE.format(date);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static AppealFilter filter(Viewer viewer, String q, Long footprint, AppealType type, Boolean open) {
        Long footprintFilter = footprint != null && viewer.footprintIds().contains(footprint) ? footprint : null;
        return new AppealFilter(q, footprintFilter, type, open);
    }
}
