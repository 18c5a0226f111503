package uk.send.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.testing.Fixtures;

/** Sign-ins, lockouts, refusals and record views leave who-and-what in the audit table, never in the logs. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void the_logs_name_no_person_and_no_child(CapturedOutput output) throws Exception {
        FootprintView footprint = fixtures.footprint();
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());
        long child = fixtures.child(footprint, fixtures.school(footprint), parent);
        AccountView stranger = fixtures.account(Role.PARENT, null, Set.of());

        for (int i = 0; i < 6; i++) {
            mvc.perform(formLogin("/login").user(parent.email()).password("wrong password " + i));
        }
        mvc.perform(formLogin("/login").user("nobody-at-all@example.test").password("whatever it is"));
        mvc.perform(get("/children/{id}", child).with(SignedIn.as(stranger)));
        mvc.perform(get("/admin").with(SignedIn.as(stranger)));

        assertThat(output.getAll())
                .doesNotContain(parent.email())
                .doesNotContain(stranger.email())
                .doesNotContain("nobody-at-all@example.test")
                .doesNotContain("Tester")
                .doesNotContain("wrong password");
    }
}
