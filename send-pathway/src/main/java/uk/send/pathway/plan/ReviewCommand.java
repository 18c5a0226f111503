package uk.send.pathway.plan;

import java.time.LocalDate;
import java.util.Objects;

/** A caseworker's step in a plan's review: the facade hands it to the plan, which decides whether it is allowed. */
public sealed interface ReviewCommand {

    /** What the audit trail says was done (never the words written, which are personal data). */
    String description();

    /** Arranges the meeting (or records one held): a new review. */
    record Arrange(LocalDate meetingOn) implements ReviewCommand {
        public Arrange {
            Objects.requireNonNull(meetingOn, "meetingOn");
        }

        public String description() {
            return "review arranged";
        }
    }

    /** Moves the meeting of the review in progress. */
    record MoveMeeting(LocalDate meetingOn) implements ReviewCommand {
        public MoveMeeting {
            Objects.requireNonNull(meetingOn, "meetingOn");
        }

        public String description() {
            return "review meeting moved";
        }
    }

    /** The school or setting's report arrived. */
    record ReceiveReport(LocalDate on) implements ReviewCommand {
        public ReceiveReport {
            Objects.requireNonNull(on, "on");
        }

        public String description() {
            return "review report received";
        }
    }

    /** Records someone's views (the child's, the advisers', or a parent's or setting's given another way). */
    record GiveViews(ViewsFrom from, String text) implements ReviewCommand {
        public GiveViews {
            Objects.requireNonNull(from, "from");
        }

        public String description() {
            return "views recorded: " + from;
        }
    }

    /** The council's decision after the meeting; a reason only when ceasing. */
    record Decide(ReviewDecision decision, LocalDate on, CeaseReason reason) implements ReviewCommand {
        public Decide {
            Objects.requireNonNull(on, "on");
        }

        public String description() {
            return "review decision: " + decision;
        }
    }

    /** Sends the working copy out as proposed amendments. */
    record ProposeAmendments(LocalDate on) implements ReviewCommand {
        public ProposeAmendments {
            Objects.requireNonNull(on, "on");
        }

        public String description() {
            return "amendments proposed";
        }
    }

    /** Records the family's comments on the proposed amendments, received another way. */
    record RecordFamilyComments(String text, LocalDate on) implements ReviewCommand {
        public RecordFamilyComments {
            Objects.requireNonNull(on, "on");
        }

        public String description() {
            return "family comments recorded";
        }
    }

    /** Issues the amended plan. */
    record IssueAmended(LocalDate on) implements ReviewCommand {
        public IssueAmended {
            Objects.requireNonNull(on, "on");
        }

        public String description() {
            return "amended plan issued";
        }
    }
}
