package uk.send.commissioning.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SettingType;
import uk.send.pathway.statistics.ActivePlans;
import uk.send.pathway.statistics.AssessmentFigures;

/**
 * The SEN2 return for one census date: the flows (requests, assessments, new plans) over the calendar year before
 * the census, and the plans active on the census date.
 */
public record Sen2Return(int year, LocalDate censusDate, LocalDate periodFrom, LocalDate periodTo, LocalDate asAt,
        Long footprintId, AssessmentFigures flows, ActivePlans active) {

    /** Active plans by primary need (children with none recorded are left out of this module's lines). */
    public Map<NeedCode, Long> activeByNeed() {
        Map<NeedCode, Long> byNeed = new EnumMap<>(NeedCode.class);
        active.cells().stream().filter(c -> c.need() != null)
                .forEach(c -> byNeed.merge(c.need(), c.plans(), Long::sum));
        return byNeed;
    }

    /** The return in its layout, module by module. */
    public List<Sen2Line> lines() {
        List<Sen2Line> lines = new ArrayList<>();
        lines.add(new Sen2Line("0", "censusDate", null, censusDate.toString()));
        lines.add(new Sen2Line("0", "periodStart", null, periodFrom.toString()));
        lines.add(new Sen2Line("0", "periodEnd", null, periodTo.toString()));
        lines.add(line("2", "requests", flows.requests()));
        lines.add(line("2", "refused", flows.refusals()));
        lines.add(line("3", "agreedToAssess", flows.decisions() - flows.refusals()));
        lines.add(line("3", "notIssued", flows.notIssued()));
        lines.add(line("4a", "newPlans", flows.newPlans()));
        lines.add(line("4a", "week20Exception", flows.newPlansWithException()));
        lines.add(line("4a", "within20Weeks", flows.newPlansWithinTwentyWeeks()));
        lines.add(new Sen2Line("4a", "within20WeeksPercent", null, percent(flows.percentWithinTwentyWeeks())));
        lines.add(line("4a", "within20WeeksExcludingExceptions", flows.newPlansWithinTwentyWeeksExcludingExceptions()));
        lines.add(new Sen2Line("4a", "within20WeeksExcludingExceptionsPercent", null,
                percent(flows.percentWithinTwentyWeeksExcludingExceptions())));
        lines.add(line("5a", "activePlans", active.total()));
        for (SettingType type : SettingType.values()) {
            lines.add(new Sen2Line("5b", "activeBySetting", type.name(),
                    String.valueOf(active.bySettingType().getOrDefault(type, 0L))));
        }
        Map<NeedCode, Long> byNeed = activeByNeed();
        for (NeedCode need : NeedCode.values()) {
            lines.add(new Sen2Line("5c", "activeByNeed", need.name(), String.valueOf(byNeed.getOrDefault(need, 0L))));
        }
        return lines;
    }

    private static Sen2Line line(String module, String item, long value) {
        return new Sen2Line(module, item, null, String.valueOf(value));
    }

    private static String percent(Double value) {
        return value == null ? "" : String.valueOf(value);
    }
}
