package uk.send.web.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;

/** A page the database cannot answer in time says "busy, try again" (503), not that the service failed. */
class BusyDatabaseTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new SlowPages())
            .setControllerAdvice(new ErrorHandling(new CouncilSettings("Test Council", "SEND service")))
            .build();

    @Test
    void no_connection_free_within_the_pools_wait_is_503_with_retry_after() throws Exception {
        mvc.perform(get("/no-connection"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(view().name("error"))
                .andExpect(model().attribute("status", 503));
    }

    @Test
    void a_statement_cancelled_by_the_statement_timeout_is_503() throws Exception {
        mvc.perform(get("/statement-timeout"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(model().attribute("status", 503));
    }

    @Controller
    static class SlowPages {

        @GetMapping("/no-connection")
        String noConnection() {
            throw new CannotCreateTransactionException("Connection is not available, request timed out after 5000ms");
        }

        @GetMapping("/statement-timeout")
        String statementTimeout() {
            throw new QueryTimeoutException("canceling statement due to statement timeout");
        }
    }
}
