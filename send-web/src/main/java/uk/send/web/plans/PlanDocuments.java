package uk.send.web.plans;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.send.domain.reference.Money;
import uk.send.pathway.plan.PersonalBudget;
import uk.send.pathway.plan.PlanVersionView;
import uk.send.pathway.plan.PlanView;
import uk.send.pathway.plan.Section;
import uk.send.web.documents.PlanDocument;

/** Maps an issued plan version onto the plan document the PDF renders. */
@Component
class PlanDocuments {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final MessageSource messages;

    PlanDocuments(MessageSource messages) {
        this.messages = messages;
    }

    PlanDocument of(PlanView plan, PlanVersionView v) {
        return new PlanDocument(plan.childName(), plan.dateOfBirth(),
                paragraphs(v, Section.A), paragraphs(v, Section.B), paragraphs(v, Section.C), paragraphs(v, Section.D),
                v.outcomes().stream().map(o -> new PlanDocument.Outcome(o.outcome(), o.steps(), MONTH_YEAR.format(o.byWhen()),
                        o.adulthoodArea() == null ? null : PlanDocument.PreparingForAdulthood.valueOf(o.adulthoodArea().name())))
                        .toList(),
                v.provisions().stream().map(p -> new PlanDocument.Provision(p.what(), p.howOften(), p.howLong(), p.byWhom()))
                        .toList(),
                paragraphs(v, Section.G), paragraphs(v, Section.H1), paragraphs(v, Section.H2),
                v.draft() || v.placementName() == null ? null : new PlanDocument.Placement(v.placementName(),
                        messages.getMessage("settingType." + v.placementType(), null, v.placementType(), Locale.UK)),
                budget(v.budget()),
                v.sectionK() == null || v.sectionK().isBlank() ? List.of()
                        : Arrays.stream(v.sectionK().split("\n")).map(line -> new PlanDocument.Advice(line, null, null)).toList(),
                v.draft() ? familyRequest(plan.familyRequest()) : null);
    }

    private PlanDocument.PersonalBudget budget(PersonalBudget b) {
        if (b.isEmpty()) {
            return null;
        }
        return new PlanDocument.PersonalBudget(b.requested(),
                b.amountPence() == null ? null : Money.ofPence(b.amountPence()).format(),
                b.covers().stream().map(p -> message("plan.budget.part." + p.name())).toList(), b.directPayments(),
                paragraphs(b.arrangements()));
    }

    /** What the family asked for in answer to the draft, worded for the document beside the empty section I. */
    private String familyRequest(PlanView.FamilyRequest request) {
        if (request == null || request.respondedOn() == null) {
            return message("plan.familyRequest.none");
        }
        String on = LONG_DATE.format(request.respondedOn());
        return request.settingName() == null ? message("plan.familyRequest.noSetting", on)
                : message("plan.familyRequest.setting", request.settingName(), on);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    private static List<String> paragraphs(PlanVersionView v, Section section) {
        return paragraphs(v.sections().get(section));
    }

    private static List<String> paragraphs(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
