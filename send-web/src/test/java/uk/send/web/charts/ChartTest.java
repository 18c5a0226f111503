package uk.send.web.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The data-* attributes charts.js reads: JSON that no label can break out of, a withheld figure drawn as a gap. */
class ChartTest {

    @Test
    void labels_and_series_are_json_with_quotes_and_control_characters_escaped_and_gaps_as_null() {
        Chart chart = new Chart("bar", List.of("Jan \"26\"", "Feb\\26\n"),
                List.of(new Chart.Series("Requests", Arrays.asList(7L, null), List.of("7", "fewer than 5"))));
        assertThat(chart.labelsJson()).isEqualTo("[\"Jan \\\"26\\\"\",\"Feb\\\\26\\u000a\"]");
        assertThat(chart.seriesJson()).isEqualTo("[{\"name\":\"Requests\",\"values\":[7,null]}]");
    }

    @Test
    void a_chart_is_a_bar_or_a_line_with_one_value_and_one_text_a_label() {
        assertThatThrownBy(() -> new Chart("pie", List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Chart("line", List.of("a", "b"),
                List.of(new Chart.Series("s", List.of(1), List.of("1"))))).isInstanceOf(IllegalArgumentException.class);
    }
}
