package uk.send.domain.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.reference.SenProvision;

/**
 * What the other modules' demo loaders need to know about the demo's children and accounts, read from the
 * domain's own tables, so that no loader reads another module's tables. Not scoped to a viewer: demo
 * loading is the system, before anyone signs in. Used only when {@code send.demo-data=true}.
 */
@Component
public class DemoRoster {

    /** A child as the census records them: their SEN provision and the setting they attend (may be null). */
    public record RosterChild(long id, Long settingId, SenProvision provision) {
    }

    private final JdbcClient jdbc;

    DemoRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The children at one of these provisions, born before the date (any date when null), by id. */
    @Transactional(readOnly = true)
    public List<RosterChild> childrenWithProvision(Set<SenProvision> provisions, LocalDate bornBefore) {
        return jdbc.sql("""
                        select id, setting_id, sen_provision from child
                        where sen_provision in (:provisions) and (cast(:bornBefore as date) is null or date_of_birth < :bornBefore)
                        order by id""")
                .param("provisions", provisions.stream().map(Enum::name).toList())
                .param("bornBefore", bornBefore)
                .query((rs, n) -> new RosterChild(rs.getLong(1), rs.getObject(2, Long.class),
                        SenProvision.valueOf(rs.getString(3))))
                .list();
    }

    /** The id of the account with this email address, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Long> accountId(String email) {
        return jdbc.sql("select id from app_user where email = :email").param("email", email).query(Long.class).optional();
    }
}
