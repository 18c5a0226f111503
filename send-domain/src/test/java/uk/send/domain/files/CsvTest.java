package uk.send.domain.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void a_cell_that_would_start_a_formula_is_neutralised_and_quoted() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.cell("+44")).isEqualTo("\"'+44\"");
    }

    @Test
    void commas_and_quotes_are_quoted_and_negative_numbers_left_alone() {
        assertThat(Csv.cell("O'Neil, Sam")).isEqualTo("\"O'Neil, Sam\"");
        assertThat(Csv.cell(-3L)).isEqualTo("-3");
        assertThat(Csv.cell(null)).isEmpty();
    }
}
