package uk.send.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTest {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    @Autowired
    MockMvc mvc;

    @Test
    void pages_forbid_inline_script_except_with_this_responses_nonce() throws Exception {
        MvcResult result = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();

        String csp = result.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self' 'nonce-").doesNotContain("unsafe-inline").contains("frame-ancestors 'none'")
                .contains("object-src 'none'");
        Matcher nonce = NONCE.matcher(csp);
        assertThat(nonce.find()).isTrue();
        assertThat(result.getResponse().getContentAsString()).contains("nonce=\"" + nonce.group(1) + "\"");
    }

    @Test
    void each_response_gets_a_fresh_nonce() throws Exception {
        String first = mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy");
        String second = mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy");

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void pages_are_not_sniffed_framed_or_leaky_with_referrers() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void the_public_health_check_says_up_and_nothing_more() throws Exception {
        String body = mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("\"UP\"").doesNotContain("components").doesNotContain("db");
    }
}
