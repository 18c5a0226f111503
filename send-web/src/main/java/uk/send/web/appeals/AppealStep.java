package uk.send.web.appeals;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import uk.send.pathway.appeal.DisagreementView;

/** The web's side of a step on a disagreement: its page and the fields its form shows. */
enum AppealStep {
    NEW(null, "new", Set.of("type", "day", "month", "year", "day2", "month2", "year2")),
    CERTIFICATE(DisagreementView.Step.CERTIFICATE, "certificate", Set.of("day", "month", "year", "mediationOutcome")),
    APPEAL(DisagreementView.Step.APPEAL, "appeal", Set.of("day", "month", "year", "day2", "month2", "year2")),
    HEARING(DisagreementView.Step.HEARING, "hearing", Set.of("day", "month", "year")),
    OUTCOME(DisagreementView.Step.OUTCOME, "outcome", Set.of("day", "month", "year", "outcome", "compliance"));

    private final DisagreementView.Step step;
    private final String slug;
    private final Set<String> fields;

    AppealStep(DisagreementView.Step step, String slug, Set<String> fields) {
        this.step = step;
        this.slug = slug;
        this.fields = fields;
    }

    static Optional<AppealStep> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s != NEW && s.slug.equals(slug)).findFirst();
    }

    static AppealStep of(DisagreementView.Step step) {
        return Arrays.stream(values()).filter(s -> s.step == step).findFirst().orElseThrow();
    }

    DisagreementView.Step step() {
        return step;
    }

    public String slug() {
        return slug;
    }

    public boolean shows(String field) {
        return fields.contains(field);
    }

    Set<String> fields() {
        return fields;
    }

    /** The key under which its words live in messages.properties. */
    public String key() {
        return "appealStep." + slug;
    }
}
