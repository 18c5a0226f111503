package uk.send.web.assessments;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import uk.send.pathway.assessment.AssessmentSummary;

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
        return Stream.of(c.id(), c.child().familyName(), c.child().givenName(), c.child().dateOfBirth(),
                        c.child().upn(), c.child().footprintName(), c.stage(), c.requestReceived(),
                        c.nextDeadline().what(), c.nextDeadline().due(), c.status(), c.daysUntilDue())
                .map(CaseloadCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") || text.startsWith("'")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
