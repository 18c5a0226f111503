package uk.send.web.reviews;

import java.util.Arrays;
import java.util.Optional;

import uk.send.pathway.plan.NextAction;

/**
 * The caseworker's steps in a plan's review, each a small page of its own: its address, its message keys, and
 * which fields its form shows. The plan decides whether a step is allowed; the page only asks for what it needs.
 */
public enum ReviewStep {
    ARRANGE("arrange", true, false, false),
    MOVE_MEETING("move-meeting", true, false, false),
    REPORT("report", true, false, false),
    CHILD_VIEWS("child-views", false, true, false),
    ADVISER_VIEWS("adviser-views", false, true, false),
    DECIDE("decide", true, false, true),
    PROPOSE("propose", true, false, false),
    FAMILY_COMMENTS("family-comments", true, true, false),
    ISSUE_AMENDED("issue-amended", true, false, false);

    private final String slug;
    private final boolean date;
    private final boolean text;
    private final boolean decision;

    ReviewStep(String slug, boolean date, boolean text, boolean decision) {
        this.slug = slug;
        this.date = date;
        this.text = text;
        this.decision = decision;
    }

    public String slug() {
        return slug;
    }

    /** The prefix of the step's messages: {@code review.step.<slug>}. */
    public String key() {
        return "review.step." + slug;
    }

    public boolean hasDate() {
        return date;
    }

    public boolean hasText() {
        return text;
    }

    public boolean hasDecision() {
        return decision;
    }

    /** The field a refusal about the step itself is shown against: the first the page has. */
    String firstField() {
        return decision ? "decision" : date ? "day" : "text";
    }

    static Optional<ReviewStep> fromSlug(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }

    /** The step that does a next action. */
    static ReviewStep of(NextAction.Kind kind) {
        return switch (kind) {
            case ARRANGE_REVIEW -> ARRANGE;
            case RECEIVE_REPORT -> REPORT;
            case DECIDE -> DECIDE;
            case PROPOSE_AMENDMENTS -> PROPOSE;
            case ISSUE_AMENDED -> ISSUE_AMENDED;
        };
    }
}
