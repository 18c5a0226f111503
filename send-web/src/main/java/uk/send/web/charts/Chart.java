package uk.send.web.charts;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The figures of one chart, drawn by {@code static/js/charts.js} from the data-* attributes that
 * {@code fragments/chart.html} writes, and shown in the table beside it, which is the chart's accessible source (the
 * canvas is hidden from assistive technology). Each value is the number drawn (null: not drawn, such as a figure
 * withheld) and the words the table shows for it ("fewer than 5", "£1,250.00").
 *
 * <p>A page builds one in its controller and includes, for each chart,
 * {@code <div th:replace="~{fragments/chart :: chart('trend', #{kpi.trend}, ${trendChart})}"></div>}, then once at the
 * end of its section {@code <th:block th:replace="~{fragments/chart :: scripts}"></th:block>}: Chart.js from its
 * WebJar and {@code /js/charts.js}, both carrying the CSP nonce, so no inline script is needed. The canvas is
 * aria-hidden; the table of the same figures, captioned with the chart's title, scrolls in its own region at 375 px.
 *
 * @param type   {@code bar} or {@code line}
 * @param labels the categories along the axis, one a row of the table
 * @param series one a column of the table and a set of bars or a line of the chart
 */
public record Chart(String type, List<String> labels, List<Series> series) {

    public Chart {
        if (!type.equals("bar") && !type.equals("line")) {
            throw new IllegalArgumentException("a bar or line chart");
        }
        for (Series s : series) {
            if (s.values().size() != labels.size() || s.texts().size() != labels.size()) {
                throw new IllegalArgumentException("one value a label");
            }
        }
        labels = List.copyOf(labels);
        series = List.copyOf(series);
    }

    /** A named set of values: the number drawn (null where none is) and the table's words for each. */
    public record Series(String name, List<? extends Number> values, List<String> texts) {

        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
            texts = List.copyOf(texts);
        }
    }

    /** The labels as a JSON array, for {@code data-chart-labels}. */
    public String labelsJson() {
        return labels.stream().map(Chart::string).collect(Collectors.joining(",", "[", "]"));
    }

    /** The series as a JSON array of {@code {"name":…,"values":[…]}}, for {@code data-chart-series}. */
    public String seriesJson() {
        return series.stream().map(s -> "{\"name\":" + string(s.name()) + ",\"values\":"
                        + s.values().stream().map(v -> v == null ? "null" : v.toString()).collect(Collectors.joining(",", "[", "]"))
                        + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** A JSON string: quotes, backslashes and control characters escaped. */
    static String string(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
