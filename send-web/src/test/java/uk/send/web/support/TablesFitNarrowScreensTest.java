package uk.send.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * A page never scrolls sideways at 375 px (WCAG 1.4.10): every table on a page sits in the shared scrolling region
 * (fragments/table :: scrolling), which is named, focusable and scrolls on its own. The printable documents are
 * laid out for paper and are not pages.
 */
class TablesFitNarrowScreensTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TABLE = Pattern.compile("<table\\b[^>]*class=\"govuk-table\"[^>]*>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    @Test
    void every_table_on_a_page_is_wrapped_in_a_scrolling_region_that_selects_it() throws IOException {
        List<String> unwrapped = new ArrayList<>();
        for (Path template : MessagesTest.templates()) {
            if (template.startsWith(TEMPLATES.resolve("documents"))) {
                continue;
            }
            String html = Files.readString(template);
            Matcher table = TABLE.matcher(html);
            while (table.find()) {
                Matcher id = ID.matcher(table.group());
                String before = html.substring(Math.max(0, html.lastIndexOf('<', table.start() - 1)), table.start());
                boolean wrapped = id.find()
                        && before.contains("~{fragments/table :: scrolling(")
                        && before.contains("~{::#" + id.group(1) + "}");
                if (!wrapped) {
                    unwrapped.add(TEMPLATES.relativize(template) + ": " + table.group());
                }
            }
        }
        assertThat(unwrapped).isEmpty();
    }

    @Test
    void the_scrolling_region_is_named_and_takes_keyboard_focus() throws IOException {
        String fragment = Files.readString(TEMPLATES.resolve("fragments/table.html"));
        assertThat(fragment).contains("th:fragment=\"scrolling(label, table)\"", "role=\"region\"", "tabindex=\"0\"",
                "th:aria-label=\"${label}\"", "class=\"app-table-scroll\"");
    }
}
