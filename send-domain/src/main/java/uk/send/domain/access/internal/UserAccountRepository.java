package uk.send.domain.access.internal;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import uk.send.domain.access.Role;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    // fetched by joins in the query rather than an entity graph: Hibernate keeps the translated SQL of a query only
    // when no graph is applied, and this one runs on every request (the signed-in viewer)
    @Query("select u from UserAccount u left join fetch u.footprints left join fetch u.setting where u.id = :id")
    Optional<UserAccount> findWithScope(long id);

    @EntityGraph(attributePaths = {"setting"})
    @Query("""
            select u from UserAccount u
            where (:q = '' or lower(u.email) like concat('%', :q, '%') or lower(u.displayName) like concat('%', :q, '%'))
              and (:role is null or u.role = :role)""")
    Page<UserAccount> search(String q, Role role, Pageable pageable);
}
