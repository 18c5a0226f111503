package uk.send.domain.children;

import java.util.Map;

/**
 * A condition on the {@code child} table, as SQL over a given alias with its named parameters: the viewer's
 * scope ({@link ChildScope}) narrowed by a search and a footprint, for another module's own SQL that joins its
 * rows to the child they belong to (the caseload), so that the rules stay here and the query stays one query.
 * The parameter names all begin {@code child_} so they cannot collide with the caller's.
 */
public record ChildCondition(String sql, Map<String, Object> params) {

    public ChildCondition {
        params = Map.copyOf(params);
    }
}
