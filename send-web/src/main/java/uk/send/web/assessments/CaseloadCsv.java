package uk.send.web.assessments;

import java.util.List;

import uk.send.pathway.assessment.AssessmentSummary;
import uk.send.domain.files.Csv;

/** The caseload as CSV (RFC 4180), safe to open in a spreadsheet: no cell can start a formula. */
final class CaseloadCsv {

    static final String HEADER = "Case,Family name,Given name,Date of birth,UPN,Footprint,Stage,Request received,"
            + "Next statutory step,Due,Status,Days until due";

    private CaseloadCsv() {
    }

    static String of(List<AssessmentSummary> cases) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        cases.forEach(c -> csv.append(line(c)));
        return csv.toString();
    }

    /** One case's line, ending in CRLF. */
    static String line(AssessmentSummary c) {
        return Csv.line(c.id(), c.child().familyName(), c.child().givenName(), c.child().dateOfBirth(),
                c.child().upn(), c.child().footprintName(), c.stage(), c.requestReceived(),
                c.nextDeadline().what(), c.nextDeadline().due(), c.status(), c.daysUntilDue());
    }
}
