package uk.send.web.commissioning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.send.commissioning.disclosure.Figure;
import uk.send.commissioning.disclosure.Rate;
import uk.send.commissioning.disclosure.SmallNumbers;
import uk.send.commissioning.disclosure.SmallNumbers.Share;
import uk.send.commissioning.returns.Sen2Line;
import uk.send.commissioning.returns.Sen2Return;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SettingType;
import uk.send.pathway.statistics.AssessmentFigures;

/**
 * The SEN2 counts as the commissioner's page and CSV file show them: the lines of {@link Sen2Return#lines()} with
 * every count through {@link SmallNumbers} (the setting types and the needs each a line adding up to the active
 * plans; the timeliness figures shares of the new plans), written in words where a figure is not shown.
 */
final class Sen2Figures {

    private Sen2Figures() {
    }

    static List<Sen2Line> publish(Sen2Return sen2, FigureText text, Locale locale) {
        AssessmentFigures f = sen2.flows();
        Figure newPlans = SmallNumbers.count(f.newPlans());
        Share exceptions = SmallNumbers.share(f.newPlansWithException(), f.newPlans(), newPlans);
        Share within = SmallNumbers.share(f.newPlansWithinTwentyWeeks(), f.newPlans(), newPlans);
        Figure plansExcludingExceptions = exceptions.part().isShown() ? SmallNumbers.count(f.newPlansExcludingExceptions())
                : Figure.suppressed(Figure.Suppression.WITHHELD);
        Share withinExcluding = SmallNumbers.share(f.newPlansWithinTwentyWeeksExcludingExceptions(),
                f.newPlansExcludingExceptions(), plansExcludingExceptions);
        long active = sen2.active().total();
        Map<SettingType, Long> bySetting = sen2.active().bySettingType();
        List<SettingType> types = Arrays.asList(SettingType.values());
        List<Long> settingCounts = types.stream().map(t -> bySetting.getOrDefault(t, 0L)).toList();
        SmallNumbers.Line settings = SmallNumbers.line(settingCounts,
                Math.max(active, settingCounts.stream().mapToLong(Long::longValue).sum()));
        Map<NeedCode, Long> byNeed = sen2.activeByNeed();
        List<NeedCode> needs = Arrays.asList(NeedCode.values());
        List<Long> needCounts = needs.stream().map(n -> byNeed.getOrDefault(n, 0L)).toList();
        SmallNumbers.Line needLine = SmallNumbers.line(needCounts,
                Math.max(active, needCounts.stream().mapToLong(Long::longValue).sum()));

        List<Sen2Line> lines = new ArrayList<>();
        for (Sen2Line line : sen2.lines()) {
            if (line.module().equals("0")) {
                lines.add(line);
            }
        }
        lines.add(line("2", "requests", SmallNumbers.count(f.requests()), text, locale));
        lines.add(line("2", "refused", SmallNumbers.count(f.refusals()), text, locale));
        lines.add(line("3", "agreedToAssess", SmallNumbers.count(f.decisions() - f.refusals()), text, locale));
        lines.add(line("3", "notIssued", SmallNumbers.count(f.notIssued()), text, locale));
        lines.add(line("4a", "newPlans", newPlans, text, locale));
        lines.add(line("4a", "week20Exception", exceptions.part(), text, locale));
        lines.add(line("4a", "within20Weeks", within.part(), text, locale));
        lines.add(rate("4a", "within20WeeksPercent", within.rate(), text, locale));
        lines.add(line("4a", "within20WeeksExcludingExceptions", withinExcluding.part(), text, locale));
        lines.add(rate("4a", "within20WeeksExcludingExceptionsPercent", withinExcluding.rate(), text, locale));
        lines.add(line("5a", "activePlans", settings.total(), text, locale));
        for (int i = 0; i < types.size(); i++) {
            lines.add(new Sen2Line("5b", "activeBySetting", types.get(i).name(), text.text(settings.cells().get(i), locale)));
        }
        for (int i = 0; i < needs.size(); i++) {
            lines.add(new Sen2Line("5c", "activeByNeed", needs.get(i).name(), text.text(needLine.cells().get(i), locale)));
        }
        return List.copyOf(lines);
    }

    private static Sen2Line line(String module, String item, Figure figure, FigureText text, Locale locale) {
        return new Sen2Line(module, item, null, text.text(figure, locale));
    }

    private static Sen2Line rate(String module, String item, Rate rate, FigureText text, Locale locale) {
        Object cell = text.rateCell(rate, locale);
        return new Sen2Line(module, item, null, cell == null ? "" : cell.toString());
    }
}
