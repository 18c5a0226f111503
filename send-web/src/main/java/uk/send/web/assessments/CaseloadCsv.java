package uk.send.web.assessments;

import uk.send.pathway.assessment.AssessmentSummary;
import uk.send.domain.files.Csv;

/** The caseload as CSV (RFC 4180), safe to open in a spreadsheet: no cell can start a formula. */
final class CaseloadCsv {

    static final String HEADER = "Case,Family name,Given name,Date of birth,UPN,Footprint,Stage,Request received,"
            + "Next statutory step,Due,Status,Days until due";

    private CaseloadCsv() {
    }

    /**
     * One case's line, ending in CRLF: the stage, the next step and the status in the caseload page's words
     * ({@code label} gives a message key's text), never their codes.
     */
    static String line(AssessmentSummary c, java.util.function.Function<String, String> label) {
        return Csv.line(c.id(), c.child().familyName(), c.child().givenName(), c.child().dateOfBirth(),
                c.child().upn(), c.child().footprintName(), label.apply("stage." + c.stage()), c.requestReceived(),
                label.apply("deadline." + c.nextDeadline().what()), c.nextDeadline().due(),
                label.apply("deadlineStatus." + c.status()), c.daysUntilDue());
    }
}
