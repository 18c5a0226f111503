package uk.send.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** One slow page cannot starve the others: a bounded pool, a short wait for it, and a statement timeout. */
@SpringBootTest
@AutoConfigureMockMvc
class ConnectionPoolTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @PersistenceContext
    EntityManager entityManager;

    @Autowired
    LocalContainerEntityManagerFactoryBean entityManagerFactory;

    @Test
    void the_pool_is_fixed_and_a_request_waits_for_a_connection_at_most_five_seconds() throws Exception {
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        assertThat(hikari.getMaximumPoolSize()).isEqualTo(10);
        assertThat(hikari.getMinimumIdle()).isEqualTo(10);
        assertThat(hikari.getConnectionTimeout()).isEqualTo(5000);
    }

    @Test
    void every_pooled_connection_has_a_statement_timeout() {
        assertThat(jdbc.queryForObject("show statement_timeout", String.class)).isEqualTo("10s");
    }

    @Test
    void every_pooled_connection_has_jit_compilation_off() {
        // a misestimated report (the SEN2 return) spent most of its time compiling; see docs/performance.md
        assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
    }

    @Test
    void a_statement_that_runs_past_the_timeout_is_cancelled_and_the_connection_keeps_its_timeout() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set statement_timeout = '50ms'");
            assertThatThrownBy(() -> s.execute("select pg_sleep(1)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("statement timeout");
            s.execute("reset statement_timeout");
            try (ResultSet r = s.executeQuery("show statement_timeout")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo("10s");
            }
        }
    }

    @Test
    void a_statement_past_the_timeout_reaches_the_web_as_a_query_timeout_through_jdbc_and_through_jpa() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            jdbc.execute("set local statement_timeout = '50ms'");
            jdbc.queryForObject("select pg_sleep(1)::text", String.class);
        })).isInstanceOf(QueryTimeoutException.class);
        // as a repository's proxy translates it, with the entity manager factory's own translator
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            try {
                entityManager.createNativeQuery("set local statement_timeout = '50ms'").executeUpdate();
                entityManager.createNativeQuery("select pg_sleep(1)::text").getSingleResult();
            } catch (RuntimeException e) {
                throw DataAccessUtils.translateIfNecessary(e, entityManagerFactory);
            }
        })).isInstanceOf(QueryTimeoutException.class);
    }
}
