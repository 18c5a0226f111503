package uk.send.web.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

    private SupportFile() {
    }

    static FileRows<MigratedSupport> check(UploadedCsv csv, Map<String, Long> settingIds, LocalDate today) {
        return FileRows.read(csv, row -> {
            PlansFile.ChildKey child = PlansFile.ChildKey.read(row);
            LocalDate added = row.date("date_added", today, true);
            NeedCode primary = row.code("primary_need", NeedCode.class, true, "need.unknown");
            NeedCode secondary = row.code("secondary_need", NeedCode.class, false, "need.unknown");
            if (primary != null && primary == secondary) {
                row.problem("secondary_need", "need.secondarySame");
            }
            Long settingId = PlansFile.setting(row, settingIds, false);
            return row.failed ? null : new MigratedSupport(row.number, child.reference(), child.upn(), settingId, added,
                    primary, secondary);
        });
    }
}
