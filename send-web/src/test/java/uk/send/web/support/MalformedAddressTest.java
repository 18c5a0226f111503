package uk.send.web.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/** An address no page links to is a 404 or 400 page, never a server error. */
@SpringBootTest
@AutoConfigureMockMvc
class MalformedAddressTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void letters_where_an_id_goes_in_the_address_are_page_not_found() throws Exception {
        AccountView admin = fixtures.account(Role.ADMIN, null, Set.of());
        mvc.perform(get("/admin/settings/abc").with(SignedIn.as(admin)))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("Page not found")));
        mvc.perform(get("/admin/users/99999999999999999999").with(SignedIn.as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void a_query_value_that_cannot_be_read_or_is_missing_is_a_bad_request() throws Exception {
        AccountView caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(fixtures.footprint().id()));
        mvc.perform(get("/caseworker/assessments/new").param("child", "abc").with(SignedIn.as(caseworker)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("could not read that request")));
        mvc.perform(get("/caseworker/assessments/new").with(SignedIn.as(caseworker))).andExpect(status().isBadRequest());
        mvc.perform(get("/caseworker").param("page", "abc").with(SignedIn.as(caseworker))).andExpect(status().isBadRequest());
    }
}
