package uk.send.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Static files are served from their own prefixes, so the links a page renders never go through the resource chain. */
@SpringBootTest
@AutoConfigureMockMvc
class StaticResourcesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceUrlProvider resourceUrls;

    @Test
    void the_stylesheet_script_images_and_version_agnostic_webjar_paths_are_served_and_cached() throws Exception {
        for (String path : new String[] {"/css/application.css", "/js/application.js", "/assets/images/favicon.svg",
                "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js"}) {
            mvc.perform(get(path)).andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "max-age=3600, public"));
        }
    }

    @Test
    void no_static_handler_claims_every_path() {
        assertThat(resourceUrls.getHandlerMap().keySet())
                .containsExactlyInAnyOrder("/css/**", "/js/**", "/assets/**", "/webjars/**");
    }

    @Test
    void a_page_link_is_not_a_resource_and_a_static_file_keeps_its_path() {
        assertThat(resourceUrls.getForLookupPath("/children/42")).isNull();
        assertThat(resourceUrls.getForLookupPath("/css/application.css")).isEqualTo("/css/application.css");
    }

    @Test
    void a_missing_static_file_is_not_found() throws Exception {
        mvc.perform(get("/css/missing.css")).andExpect(status().isNotFound());
        mvc.perform(get("/favicon.ico")).andExpect(status().isNotFound());
    }
}
