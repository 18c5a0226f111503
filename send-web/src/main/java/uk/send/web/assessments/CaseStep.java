package uk.send.web.assessments;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import uk.send.pathway.assessment.Stage;

/**
 * The steps a caseworker can take on a case, each on its own page: the stages it is offered at and the
 * fields its form asks for. The aggregate decides what is legal; this only decides what to offer.
 */
public enum CaseStep {
    DECIDE_TO_ASSESS("decide-to-assess", EnumSet.of(Stage.REQUESTED), Field.NONE),
    REFUSE("refuse", EnumSet.of(Stage.REQUESTED), Field.TEXT),
    REQUEST_ADVICE("request-advice", EnumSet.of(Stage.ASSESSING), Field.ADVICE_SOURCE),
    RECEIVE_ADVICE("receive-advice", EnumSet.noneOf(Stage.class), Field.TEXT),
    DECIDE_TO_ISSUE("decide-to-issue", EnumSet.of(Stage.ASSESSING), Field.NONE),
    DECIDE_NOT_TO_ISSUE("decide-not-to-issue", EnumSet.of(Stage.ASSESSING), Field.TEXT),
    ISSUE_DRAFT("issue-draft", EnumSet.of(Stage.DRAFTING), Field.NONE),
    DRAFT_RESPONSE("draft-response", EnumSet.of(Stage.DRAFT_ISSUED), Field.TEXT_AND_OPTIONAL_SETTING),
    CONSULT_SETTING("consult-setting", EnumSet.of(Stage.DRAFT_ISSUED), Field.SETTING),
    FINALISE("finalise", EnumSet.of(Stage.DRAFT_ISSUED), Field.SETTING),
    RECORD_EXCEPTION("record-exception", EnumSet.of(Stage.REQUESTED, Stage.ASSESSING, Stage.DRAFTING, Stage.DRAFT_ISSUED),
            Field.EXCEPTION);

    /** Which fields, besides the date, a step's form has. */
    public enum Field {
        NONE, TEXT, ADVICE_SOURCE, SETTING, TEXT_AND_OPTIONAL_SETTING, EXCEPTION;

        public boolean hasText() {
            return this == TEXT || this == TEXT_AND_OPTIONAL_SETTING || this == EXCEPTION;
        }

        public boolean hasSetting() {
            return this == SETTING || this == TEXT_AND_OPTIONAL_SETTING;
        }
    }

    private final String slug;
    private final Set<Stage> offeredAt;
    private final Field fields;

    CaseStep(String slug, Set<Stage> offeredAt, Field fields) {
        this.slug = slug;
        this.offeredAt = offeredAt;
        this.fields = fields;
    }

    static Optional<CaseStep> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    static java.util.List<CaseStep> offeredAt(Stage stage) {
        return Arrays.stream(values()).filter(s -> s.offeredAt.contains(stage)).toList();
    }

    public String slug() {
        return slug;
    }

    public Field fields() {
        return fields;
    }

    /** The key under which its words live in messages.properties. */
    public String key() {
        return "step." + slug;
    }
}
