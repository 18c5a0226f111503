package uk.send.web.commissioning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.commissioning.placement.CriterionAnswer;
import uk.send.commissioning.placement.InmssDashboard;
import uk.send.commissioning.placement.InmssPlacements;
import uk.send.commissioning.placement.JointFunding;
import uk.send.commissioning.placement.NewPlacement;
import uk.send.commissioning.placement.PlacementDecision;
import uk.send.commissioning.placement.PlacementRefusal;
import uk.send.commissioning.placement.PlacementStatus;
import uk.send.commissioning.placement.PlacementView;
import uk.send.commissioning.placement.RegisterRow;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.Money;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.ReferenceData;
import uk.send.web.commissioning.InmssForms.DecisionForm;
import uk.send.web.commissioning.InmssForms.Outcome;
import uk.send.web.commissioning.InmssForms.PlacementForm;
import uk.send.web.commissioning.InmssForms.ReviewForm;
import uk.send.web.support.Choice;
import uk.send.web.support.DateFields;
import uk.send.web.support.Notice;
import uk.send.web.support.Paging;
import uk.send.web.support.RefusalArguments;

/**
 * The INMSS placement register for commissioners: the dashboard, the register, recording a placement with its
 * agreement and criteria, and deciding and reviewing it. Placements are shown by reference only.
 */
@Controller
class InmssController {

    private final InmssPlacements placements;
    private final ReferenceData reference;

    InmssController(InmssPlacements placements, ReferenceData reference) {
        this.placements = placements;
        this.reference = reference;
    }

    @GetMapping("/commissioner/placements")
    String dashboard(Model model) {
        InmssDashboard dashboard = placements.dashboard();
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("costs", DashboardFigures.of(dashboard));
        return "pages/commissioner/placements";
    }

    @GetMapping("/commissioner/placements/register")
    String register(@RequestParam(required = false) PlacementStatus status, @RequestParam(defaultValue = "1") int page,
                    Model model) {
        InmssPlacements.Register register = placements.register(status, Paging.index(page));
        var results = new PageImpl<RegisterRow>(register.rows(), PageRequest.of(register.page(), register.pageSize()),
                register.total());
        model.addAttribute("rows", register.rows());
        model.addAttribute("paging", Paging.of(results, "/commissioner/placements/register", "status", status));
        model.addAttribute("status", status);
        model.addAttribute("statusChoices", Choice.of(PlacementStatus.class, "inmss.status"));
        return "pages/commissioner/placement-register";
    }

    // --- record a placement

    @GetMapping("/commissioner/placements/new")
    String newPage(Model model) {
        model.addAttribute("placementForm", PlacementForm.empty(placements.criteria().size()));
        return formPage(model);
    }

    private String formPage(Model model) {
        model.addAttribute("criteria", placements.criteria());
        // what was ticked and typed for each criterion, as plain lists the template can read
        PlacementForm form = (PlacementForm) model.getAttribute("placementForm");
        model.addAttribute("metPositions", form == null || form.met() == null ? List.of()
                : form.met().stream().filter(java.util.Objects::nonNull).toList());
        model.addAttribute("evidenceTexts", java.util.stream.IntStream.rangeClosed(1, placements.criteria().size())
                .mapToObj(p -> form == null ? "" : form.evidenceFor(p)).toList());
        model.addAttribute("settingChoices", placements.settings().stream().map(s -> Choice.text(s.id(), s.name())).toList());
        model.addAttribute("footprintChoices", reference.footprints().stream().map(f -> Choice.text(f.id(), f.name())).toList());
        model.addAttribute("needChoices", Choice.of(NeedCode.class, "need"));
        return "pages/commissioner/placement-new";
    }

    @PostMapping("/commissioner/placements/new")
    String record(@ModelAttribute("placementForm") PlacementForm form, BindingResult errors, Viewer viewer, Model model,
                  RedirectAttributes redirect) {
        required(errors, "settingId", form.settingId(), "inmss.error.setting");
        required(errors, "footprintId", form.footprintId(), "inmss.error.footprint");
        required(errors, "primaryNeed", form.primaryNeed(), "inmss.error.need");
        Optional<LocalDate> start = date(errors, "startDay", form.startDay(), form.startMonth(), form.startYear(), "inmss.error.start");
        Optional<LocalDate> end = date(errors, "endDay", form.endDay(), form.endMonth(), form.endYear(), "inmss.error.end");
        Optional<Money> cost = money(errors, form.annualCost());
        required(errors, "educationShare", form.educationShare(), "inmss.error.share");
        required(errors, "socialCareShare", form.socialCareShare(), "inmss.error.share");
        required(errors, "healthShare", form.healthShare(), "inmss.error.share");
        required(errors, "expectedDurationMonths", form.expectedDurationMonths(), "inmss.error.duration");
        required(errors, "agreedOutcomes", form.agreedOutcomes(), "inmss.error.outcomes");
        Optional<LocalDate> transfer = date(errors, "transferDay", form.transferDay(), form.transferMonth(),
                form.transferYear(), "inmss.error.transferPoint");
        required(errors, "transferTo", form.transferTo(), "inmss.error.transferTo");
        List<CriterionAnswer> answers = answers(errors, form);
        if (!errors.hasErrors()) {
            try {
                long id = placements.record(viewer, new NewPlacement(form.settingId(), form.footprintId(),
                        form.primaryNeed(), start.orElseThrow(), end.orElseThrow(), cost.orElseThrow(),
                        new JointFunding(form.educationShare(), form.socialCareShare(), form.healthShare()),
                        form.expectedDurationMonths(), form.agreedOutcomes(), transfer.orElseThrow(), form.transferTo(),
                        answers));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("inmss.notice.recorded", placements.view(id).reference()));
                return "redirect:/commissioner/placements/" + id;
            } catch (PlacementRefusal refused) {
                reject(errors, refused);
            }
        }
        return formPage(model);
    }

    private List<CriterionAnswer> answers(Errors errors, PlacementForm form) {
        int criteria = placements.criteria().size();
        if (form.met() != null && form.met().stream().anyMatch(p -> p == null || p < 1 || p > criteria)
                && !errors.hasFieldErrors("met")) {
            errors.rejectValue("met", "inmss.error.met");
        }
        List<CriterionAnswer> answers = new java.util.ArrayList<>();
        for (int position = 1; position <= criteria; position++) {
            String evidence = form.evidenceFor(position);
            if (evidence.isBlank() && !errors.hasFieldErrors("evidence")) {
                errors.rejectValue("evidence", "inmss.error.evidence", new Object[] {position}, null);
            }
            answers.add(new CriterionAnswer(position, form.isMet(position), evidence));
        }
        if (form.evidence() != null && form.evidence().size() > criteria && !errors.hasFieldErrors("evidence")) {
            errors.rejectValue("evidence", "inmss.error.evidence", new Object[] {criteria + 1}, null);
        }
        return answers;
    }

    // --- one placement, its decision and reviews

    @GetMapping("/commissioner/placements/{id}")
    String placement(@PathVariable long id, Model model) {
        PlacementView placement = placements.view(id);
        model.addAttribute("decisionForm", new DecisionForm(null, null, null, null, null, placement.version()));
        model.addAttribute("reviewForm", new ReviewForm(null, null, null, placement.version()));
        return placementPage(placement, model);
    }

    private String placementPage(PlacementView placement, Model model) {
        model.addAttribute("placement", placement);
        model.addAttribute("outcomeChoices", placement.approvable()
                ? List.of(Choice.message(Outcome.APPROVE, "inmss.outcome.APPROVE"), Choice.message(Outcome.REFUSE, "inmss.outcome.REFUSE"))
                : List.of(Choice.message(Outcome.REFUSE, "inmss.outcome.REFUSE")));
        return "pages/commissioner/placement";
    }

    @PostMapping("/commissioner/placements/{id}/decision")
    String decide(@PathVariable long id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        PlacementView placement = placements.view(id);
        required(errors, "outcome", form.outcome(), "inmss.error.outcome");
        Optional<LocalDate> on = date(errors, "day", form.day(), form.month(), form.year(), "inmss.error.decidedOn");
        if (!errors.hasErrors()) {
            try {
                placements.decide(viewer, id, version(form.version()),
                        new PlacementDecision(form.outcome() == Outcome.APPROVE, on.orElseThrow(), form.note()));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of(form.outcome() == Outcome.APPROVE
                        ? "inmss.notice.approved" : "inmss.notice.refused", placement.reference()));
                return "redirect:/commissioner/placements/" + id;
            } catch (PlacementRefusal refused) {
                errors.rejectValue(switch (refused.field()) {
                    case NOTE -> "note";
                    default -> "outcome";
                }, refused.key(), arguments(refused), null);
            }
        }
        model.addAttribute("reviewForm", new ReviewForm(null, null, null, placement.version()));
        return placementPage(placement, model);
    }

    @PostMapping("/commissioner/placements/{id}/review")
    String review(@PathVariable long id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        PlacementView placement = placements.view(id);
        Optional<LocalDate> on = date(errors, "reviewDay", form.reviewDay(), form.reviewMonth(), form.reviewYear(),
                "inmss.error.reviewedOn");
        if (!errors.hasErrors()) {
            try {
                placements.review(viewer, id, version(form.version()), on.orElseThrow());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("inmss.notice.reviewed", placement.reference()));
                return "redirect:/commissioner/placements/" + id;
            } catch (PlacementRefusal refused) {
                errors.rejectValue("reviewDay", refused.key(), arguments(refused), null);
            }
        }
        model.addAttribute("decisionForm", new DecisionForm(null, null, null, null, null, placement.version()));
        return placementPage(placement, model);
    }

    // --- checks shared by the forms

    private static void required(Errors errors, String field, Object value, String key) {
        boolean blank = value == null || (value instanceof String s && s.isBlank());
        if (blank && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, key);
        }
    }

    private static Optional<LocalDate> date(Errors errors, String first, String day, String month, String year, String key) {
        Optional<LocalDate> date = DateFields.parse(day, month, year);
        if (date.isEmpty() && !errors.hasFieldErrors(first)) {
            errors.rejectValue(first, key);
        }
        return date;
    }

    /** Pounds as typed ("48000", "48,000.50", "£48,000"): a positive amount with at most two decimal places. */
    private static Optional<Money> money(Errors errors, String typed) {
        if (typed == null || typed.isBlank()) {
            errors.rejectValue("annualCost", "inmss.error.cost");
            return Optional.empty();
        }
        String plain = typed.strip().replace(",", "").replace("£", "");
        try {
            if (plain.length() > 15) {
                throw new IllegalArgumentException("too long");
            }
            Money amount = Money.ofPounds(plain);
            if (amount.pence() <= 0 || new BigDecimal(plain).compareTo(new BigDecimal("10000000")) > 0) {
                throw new IllegalArgumentException("out of range");
            }
            return Optional.of(amount);
        } catch (IllegalArgumentException notMoney) {
            errors.rejectValue("annualCost", "inmss.error.cost");
            return Optional.empty();
        }
    }

    private static int version(Integer value) {
        if (value == null) {
            throw new org.springframework.dao.OptimisticLockingFailureException("The page carries no version");
        }
        return value;
    }

    private static void reject(Errors errors, PlacementRefusal refused) {
        String field = switch (refused.field()) {
            case SETTING -> "settingId";
            case FOOTPRINT -> "footprintId";
            case START -> "startDay";
            case PLANNED_END -> "endDay";
            case COST -> "annualCost";
            case SHARES -> "educationShare";
            case DURATION -> "expectedDurationMonths";
            case OUTCOMES -> "agreedOutcomes";
            case TRANSFER_POINT -> "transferDay";
            case TRANSFER_TO -> "transferTo";
            case CRITERIA -> "evidence";
            case DECISION, NOTE, REVIEWED_ON -> "settingId";
        };
        errors.rejectValue(field, refused.key(), arguments(refused), null);
    }

    private static Object[] arguments(PlacementRefusal refused) {
        return RefusalArguments.of(refused.arguments());
    }
}
