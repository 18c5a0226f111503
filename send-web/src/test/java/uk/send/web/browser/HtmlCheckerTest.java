package uk.send.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlCheckerTest {

    final HtmlChecker checker = new HtmlChecker();

    @Test
    void a_valid_page_has_no_errors_and_a_broken_one_has_them() {
        String valid = "<!DOCTYPE html><html lang=\"en\"><head><title>T</title></head><body><p>Hello</p></body></html>";
        String broken = "<!DOCTYPE html><html lang=\"en\"><head><title>T</title></head><body><p id=\"a\">x</p>"
                + "<p id=\"a\">y</p><label for=\"nowhere\">z</label></body></html>";

        assertThat(checker.errors(valid)).isEmpty();
        assertThat(checker.errors(broken)).hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(e -> assertThat(e).contains("Duplicate ID"));
    }
}
