package uk.send.domain.internal;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The names of several records in one statement, for a page naming several people or settings (asked once, not
 * once each). Inside the domain module only: each service keeps its own SQL and its own public method.
 */
public final class NamesById {

    private NamesById() {
    }

    /**
     * Runs {@code sql}, which selects the id and the name (in that order) {@code where id = any(:ids)}, for these
     * ids; no statement at all for none. Ids with no record are left out of the map.
     */
    public static Map<Long, String> of(JdbcClient jdbc, String sql, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(sql).param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
