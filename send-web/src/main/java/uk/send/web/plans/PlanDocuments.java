package uk.send.web.plans;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.send.pathway.plan.PlanVersionView;
import uk.send.pathway.plan.PlanView;
import uk.send.pathway.plan.Section;
import uk.send.web.documents.PlanDocument;

/** Maps an issued plan version onto the plan document the PDF renders. */
@Component
class PlanDocuments {

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
                v.placementName() == null ? null : new PlanDocument.Placement(v.placementName(),
                        messages.getMessage("settingType." + v.placementType(), null, v.placementType(), Locale.UK)),
                paragraphs(v, Section.J),
                v.sectionK() == null || v.sectionK().isBlank() ? List.of()
                        : Arrays.stream(v.sectionK().split("\n")).map(line -> new PlanDocument.Advice(line, null, null)).toList());
    }

    private static List<String> paragraphs(PlanVersionView v, Section section) {
        String text = v.sections().get(section);
        return text == null ? List.of() : Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
