package uk.send.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.send.domain.access.Role;
import uk.send.domain.testing.CiFigures;
import uk.send.domain.testing.Fixtures;

/**
 * Parallel edits of the same record lose nothing (issue 23, "Robustness"): twenty administrators send a correction
 * of the same child from the same page (the same version) at the same moment. Exactly one is saved; every other one
 * is told the record changed (409) instead of silently overwriting it, and the record holds the one saved change.
 */
class ParallelEditsTest extends AdminPageTest {

    private static final int EDITORS = 20;

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twenty_parallel_corrections_from_the_same_page_save_exactly_one_and_lose_none_silently() throws Exception {
        long child = fixtures.childWithCarer(footprint(), unique("Parallel"));
        List<RequestPostProcessor> editors = new ArrayList<>();
        for (int i = 0; i < EDITORS; i++) {
            editors.add(as(account(Role.ADMIN, null, Set.of())));
        }
        Map<String, Integer> statusOf = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < EDITORS; i++) {
                String family = "Edit" + (char) ('A' + i) + "by" + i;
                RequestPostProcessor editor = editors.get(i);
                done.add(pool.submit(() -> {
                    start.await();
                    int status = mvc.perform(post("/admin/children/{id}/edit", child).with(csrf()).with(editor)
                            .param("givenName", "Alexa").param("familyName", family).param("day", "2").param("month", "3")
                            .param("year", "2015").param("upn", "").param("nhsNumber", "").param("homePostcode", "")
                            .param("version", "0")).andReturn().getResponse().getStatus();
                    statusOf.put(family, status);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> saved = statusOf.entrySet().stream().filter(e -> e.getValue() == 302).map(Map.Entry::getKey).toList();
        long conflicts = statusOf.values().stream().filter(s -> s == 409).count();
        String stored = jdbc.sql("select family_name from child where id = :id").param("id", child).query(String.class).single();
        long audited = jdbc.sql("select count(*) from audit_event where action = 'CHILD_UPDATED' and entity_id = :id")
                .param("id", String.valueOf(child)).query(Long.class).single();
        CiFigures.record("parallel edits (ParallelEditsTest)", EDITORS + " corrections of one child from the same page: "
                + saved.size() + " saved, " + conflicts + " told it changed (409), "
                + (EDITORS - saved.size() - conflicts) + " other answers, " + (saved.contains(stored) ? 0 : 1) + " lost updates");

        assertThat(statusOf.values()).as("answers: one saved, the rest a conflict").containsOnly(302, 409);
        assertThat(saved).hasSize(1);
        assertThat(conflicts).isEqualTo(EDITORS - 1);
        assertThat(stored).as("the record holds the one change that was saved").isEqualTo(saved.get(0));
        assertThat(audited).as("one change, one audit entry").isOne();
    }
}
