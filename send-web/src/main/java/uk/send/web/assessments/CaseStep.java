package uk.send.web.assessments;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import uk.send.pathway.assessment.AssessmentStep;
import uk.send.pathway.assessment.IllegalTransitionException;

/**
 * The web's side of a step on a case: its page (slug), which fields its form shows, and the field a refusal
 * about the step itself is tied to. Which steps are open at which stage is the pathway's
 * ({@link AssessmentStep}); the case page offers those the case record says are open.
 */
public enum CaseStep {
    DECIDE_TO_ASSESS(AssessmentStep.DECIDE_TO_ASSESS, "decide-to-assess", Field.NONE),
    REFUSE(AssessmentStep.REFUSE_TO_ASSESS, "refuse", Field.TEXT),
    REQUEST_ADVICE(AssessmentStep.REQUEST_ADVICE, "request-advice", Field.ADVICE_SOURCE),
    RECEIVE_ADVICE(AssessmentStep.RECEIVE_ADVICE, "receive-advice", Field.TEXT),
    DECIDE_TO_ISSUE(AssessmentStep.DECIDE_TO_ISSUE, "decide-to-issue", Field.NONE),
    DECIDE_NOT_TO_ISSUE(AssessmentStep.DECIDE_NOT_TO_ISSUE, "decide-not-to-issue", Field.TEXT),
    ISSUE_DRAFT(AssessmentStep.ISSUE_DRAFT, "issue-draft", Field.NONE),
    DRAFT_RESPONSE(AssessmentStep.RECORD_DRAFT_RESPONSE, "draft-response", Field.TEXT_AND_OPTIONAL_SETTING),
    CONSULT_SETTING(AssessmentStep.CONSULT_SETTING, "consult-setting", Field.SETTING),
    FINALISE(AssessmentStep.FINALISE, "finalise", Field.SETTING),
    RECORD_EXCEPTION(AssessmentStep.RECORD_EXCEPTION, "record-exception", Field.EXCEPTION);

    /** Which fields, besides the date, a step's form has. */
    public enum Field {
        NONE("day"), TEXT("text"), ADVICE_SOURCE("source"), SETTING("settingId"), TEXT_AND_OPTIONAL_SETTING("text"),
        EXCEPTION("reason");

        private final String main;

        Field(String main) {
            this.main = main;
        }

        public boolean hasText() {
            return this == TEXT || this == TEXT_AND_OPTIONAL_SETTING || this == EXCEPTION;
        }

        public boolean hasSetting() {
            return this == SETTING || this == TEXT_AND_OPTIONAL_SETTING;
        }
    }

    private final AssessmentStep step;
    private final String slug;
    private final Field fields;

    CaseStep(AssessmentStep step, String slug, Field fields) {
        this.step = step;
        this.slug = slug;
        this.fields = fields;
    }

    static Optional<CaseStep> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    static CaseStep of(AssessmentStep step) {
        return Arrays.stream(values()).filter(s -> s.step == step).findFirst().orElseThrow();
    }

    /**
     * The steps the case page offers as buttons, of those open: all but recording advice, which is offered
     * beside each request for advice still awaited.
     */
    static List<CaseStep> offered(List<AssessmentStep> open) {
        return open.stream().map(CaseStep::of).filter(s -> s != RECEIVE_ADVICE).toList();
    }

    public AssessmentStep step() {
        return step;
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

    /** The form field (as the page names it) a refusal about this field of the step is shown against. */
    String formField(IllegalTransitionException.Field field) {
        return switch (field) {
            case DATE -> "day";
            case END_DATE -> "toDay";
            case TEXT -> fields.hasText() ? "text" : fields.main;
            case SETTING -> fields.hasSetting() ? "settingId" : fields.main;
            case SOURCE -> "source";
            case ADDRESSEE -> "addressee";
            case ADVISER -> "adviserId";
            case REASON -> "reason";
            case STEP, REQUESTER, EVIDENCE -> fields.main; // the last two are the new-request form's
        };
    }
}
