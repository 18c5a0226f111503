package uk.send.web.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

import uk.send.domain.children.MigrationProblem;
import uk.send.domain.reference.NeedCode;
import uk.send.pathway.support.MigratedSupport;

/**
 * The SEN Support migration template (docs/data-formats.md): one row a pupil at SEN Support, for a child already
 * known by their migration reference or UPN. Each row is checked on its own (the child named, the UPN's check
 * letter, the date added, the need codes, the setting's URN if given); the checks only the database can make
 * follow in the pathway.
 */
final class SupportFile {

    static final List<String> COLUMNS = List.of("child_reference", "upn", "date_added", "primary_need",
            "secondary_need", "setting_urn");

    /** The rows that can be imported, and the problems of those that cannot. */
    record Checked(List<MigratedSupport> pupils, List<MigrationProblem> problems) {
    }

    private SupportFile() {
    }

    static Checked check(UploadedCsv csv, Map<String, Long> settingIds, LocalDate today) {
        List<MigratedSupport> pupils = new ArrayList<>();
        List<MigrationProblem> problems = new ArrayList<>();
        for (CSVRecord record : csv.records()) {
            FileRow row = new FileRow(csv, record, problems);
            PlansFile.ChildKey child = PlansFile.ChildKey.read(row);
            LocalDate added = row.date("date_added", today, true);
            NeedCode primary = row.code("primary_need", NeedCode.class, true, "need.unknown");
            NeedCode secondary = row.code("secondary_need", NeedCode.class, false, "need.unknown");
            if (primary != null && primary == secondary) {
                row.problem("secondary_need", "need.secondarySame");
            }
            Long settingId = PlansFile.setting(row, settingIds, false);
            if (!row.failed) {
                pupils.add(new MigratedSupport(row.number, child.reference(), child.upn(), settingId, added, primary,
                        secondary));
            }
        }
        return new Checked(pupils, problems);
    }
}
