package uk.send.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class AuditTrailIsAppendOnlyTest {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_entry_once_written_can_be_read_back() {
        audit.recordIndependently(42L, "someone@example.test", AuditAction.CHILD_VIEWED, "CHILD", 7L, null);

        assertThat(audit.forEntity("CHILD", 7L))
                .anySatisfy(e -> {
                    assertThat(e.actorId()).isEqualTo(42L);
                    assertThat(e.action()).isEqualTo(AuditAction.CHILD_VIEWED);
                    assertThat(e.occurredAt()).isNotNull();
                });
    }

    @Test
    void the_database_refuses_to_update_an_entry() {
        audit.recordIndependently(1L, "a@example.test", AuditAction.SIGNED_IN, "USER", 1L, null);

        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone else'").update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void the_database_refuses_to_delete_an_entry() {
        audit.recordIndependently(1L, "a@example.test", AuditAction.SIGNED_IN, "USER", 1L, null);

        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void the_database_refuses_to_truncate_the_trail() {
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .rootCause().hasMessageContaining("append-only");
        assertThat(audit.count()).isPositive();
    }
}
