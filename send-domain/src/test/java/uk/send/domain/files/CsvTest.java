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

    @Test
    void full_width_formula_characters_are_neutralised_too() {
        assertThat(Csv.cell("\uff1dSUM(A1)")).isEqualTo("\"'\uff1dSUM(A1)\"");
        assertThat(Csv.cell("\uff0b1")).isEqualTo("\"'\uff0b1\"");
        assertThat(Csv.cell("\uff0d1")).isEqualTo("\"'\uff0d1\"");
        assertThat(Csv.cell("\uff20cmd")).isEqualTo("\"'\uff20cmd\"");
        assertThat(Csv.line("a", "\uff1d1")).isEqualTo("a,\"'\uff1d1\"\r\n");
    }
}
