package uk.send.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.send.domain.access.PasswordProblem;
import uk.send.domain.access.Role;
import uk.send.domain.children.Relationship;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.SenProvision;
import uk.send.domain.reference.SettingType;
import uk.send.web.documents.PlanDocument;

/** All text comes from messages.properties: every key a template names exists, and every enum has its labels. */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
    /** Text between two tags that has a letter in it. */
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*[A-Za-z][^<>]*)<");
    /** Attributes by which Thymeleaf replaces an element's content. */
    private static final Pattern REPLACING = Pattern.compile("\\b(th:text|th:utext|th:replace|th:insert|sec:authentication)=");

    static Properties messages() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages.properties"))) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }

    @Test
    void every_message_key_used_in_a_template_exists() throws IOException {
        Properties messages = messages();
        TreeSet<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher m = KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!messages.containsKey(m.group(1))) {
                    missing.add(template.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_enum_shown_on_a_page_has_a_label_for_each_value() throws IOException {
        Properties messages = messages();
        List<String> missing = new ArrayList<>();
        check(messages, "need.", NeedCode.values(), missing);
        check(messages, "provision.", SenProvision.values(), missing);
        check(messages, "settingType.", SettingType.values(), missing);
        check(messages, "phase.", Phase.values(), missing);
        check(messages, "relationship.", Relationship.values(), missing);
        check(messages, "role.", Role.values(), missing);
        check(messages, "plan.adulthood.", PlanDocument.PreparingForAdulthood.values(), missing);
        assertThat(missing).isEmpty();
        for (PasswordProblem problem : PasswordProblem.values()) {
            assertThat(messages).containsKey(problem.messageKey());
        }
    }

    private static void check(Properties messages, String prefix, Enum<?>[] values, List<String> missing) {
        for (Enum<?> value : values) {
            if (!messages.containsKey(prefix + value.name())) {
                missing.add(prefix + value.name());
            }
        }
    }

    @Test
    void templates_show_no_literal_text_that_is_not_replaced_from_messages() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            Matcher m = TEXT_NODE.matcher(html);
            while (m.find()) {
                // text is only a prototype when Thymeleaf replaces the element's content
                int tagStart = html.lastIndexOf('<', m.start());
                String tag = html.substring(tagStart, m.start() + 1);
                boolean replaced = REPLACING.matcher(tag).find();
                // a document's <style> is CSS, whose words come from messages through th:inline="css"
                if (!replaced && !tag.startsWith("<script") && !tag.startsWith("<style") && !tag.startsWith("<!--")) {
                    literal.add(TEMPLATES.relativize(template) + ": " + m.group(1).strip());
                }
            }
        }
        assertThat(literal).isEmpty();
    }

    /** Thymeleaf includes a fragment before it evaluates th:if, so a condition beside th:replace is silently ignored. */
    @Test
    void no_element_puts_a_condition_beside_a_fragment_inclusion() throws IOException {
        Pattern tag = Pattern.compile("<[a-zA-Z:]+\\b[^>]*>", Pattern.DOTALL);
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = tag.matcher(Files.readString(template));
            while (m.find()) {
                String t = m.group();
                if ((t.contains("th:replace=") || t.contains("th:insert="))
                        && (t.contains("th:if=") || t.contains("th:unless=") || t.contains("th:each="))) {
                    offenders.add(TEMPLATES.relativize(template) + ": " + t);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
