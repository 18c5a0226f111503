package uk.send.web.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import uk.send.funding.topup.MigratedAward;

/**
 * The top-up awards migration template (docs/data-formats.md): one row an award, for a child already known by their
 * migration reference or UPN. Each row is checked on its own (the child named, the UPN's check letter, the setting's
 * URN, the band named, real dates making a period an award may have, the annual value in whole pence); the checks
 * only the database can make (the band known, the natural key, overlaps, the budget) follow in the funding module.
 */
final class AwardsFile {

    static final List<String> COLUMNS = List.of("child_reference", "upn", "setting_urn", "band", "start_date",
            "end_date", "annual_value_pence", "review_date");

    private static final Pattern PENCE = Pattern.compile("[0-9]{1,12}");

    private AwardsFile() {
    }

    static FileRows<MigratedAward> check(UploadedCsv csv, Map<String, Long> settingIds, LocalDate today) {
        return FileRows.read(csv, row -> {
            PlansFile.ChildKey child = PlansFile.ChildKey.read(row);
            Long settingId = PlansFile.setting(row, settingIds, true);
            String band = row.required("band", 60);
            LocalDate starts = row.anyDate("start_date", true);
            LocalDate ends = row.anyDate("end_date", true);
            LocalDate review = row.anyDate("review_date", true);
            Long pence = pence(row);
            if (starts != null && ends != null && review != null) {
                String[] problem = MigratedAward.periodProblem(starts, ends, review);
                if (problem != null) {
                    row.problem(problem[0], problem[1]);
                }
            }
            return row.failed ? null : new MigratedAward(row.number, child.reference(), child.upn(), settingId, band,
                    starts, ends, review, pence);
        });
    }

    /** The annual value in whole pence, 1p to the largest a band may be; null when empty (the band's value). */
    private static Long pence(FileRow row) {
        String value = row.text("annual_value_pence", 12);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!PENCE.matcher(value).matches()) {
            row.problem("annual_value_pence", "award.value");
            return null;
        }
        long pence = Long.parseLong(value);
        if (pence < 1 || pence > MigratedAward.MAX_ANNUAL_PENCE) {
            row.problem("annual_value_pence", "award.value");
            return null;
        }
        return pence;
    }
}
