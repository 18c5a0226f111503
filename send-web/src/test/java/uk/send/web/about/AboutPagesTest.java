package uk.send.web.about;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The footer's pages are open to everyone and every page links to them: the accessibility statement in the
 * regulations' format, the privacy notice, and the SEND team's contact details from configuration.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AboutPagesTest {

    @Autowired
    MockMvc mvc;

    private String anonymous(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_accessibility_statement_has_the_sections_the_regulations_ask_for() throws Exception {
        String html = anonymous("/accessibility");
        assertThat(html).contains("<title>Accessibility statement – SEND service</title>",
                "Feedback and contact information", "Enforcement procedure", "Compliance status",
                "How we tested this service", "This statement was prepared on", "WCAG", "mailto:send.team@demo-borough.example",
                "tel:01632960000");
    }

    @Test
    void the_privacy_notice_and_contact_page_are_public_and_name_the_team() throws Exception {
        assertThat(anonymous("/privacy")).contains("Who can see it", "Your rights", "SESSION", "XSRF-TOKEN",
                "send.team@demo-borough.example");
        assertThat(anonymous("/contact")).contains("<h1 class=\"govuk-heading-l\">Contact the SEND team</h1>",
                "01632 960 000", "href=\"/local-offer\"");
    }

    @Test
    void every_page_links_to_them_from_its_footer() throws Exception {
        for (String page : new String[] {"/login", "/local-offer", "/privacy"}) {
            assertThat(anonymous(page)).as(page).contains("href=\"/accessibility\"", "href=\"/privacy\"", "href=\"/contact\"");
        }
    }
}
