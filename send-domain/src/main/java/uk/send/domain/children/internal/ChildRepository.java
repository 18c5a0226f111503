package uk.send.domain.children.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ChildRepository extends JpaRepository<Child, Long>, JpaSpecificationExecutor<Child> {

    @Override
    @EntityGraph(attributePaths = {"homeFootprint", "setting"})
    Page<Child> findAll(Specification<Child> spec, Pageable pageable);

    /**
     * Live records that may be the same child: same given and family name (ignoring case) and date of birth,
     * or the same UPN or NHS number (a null one matches nothing). {@code exceptId} leaves one record out.
     */
    @EntityGraph(attributePaths = {"homeFootprint", "setting", "carers", "carers.account"})
    @Query("""
            select distinct c from Child c where c.mergedIntoId is null and c.id <> :exceptId
            and ((lower(c.givenName) = lower(:givenName) and lower(c.familyName) = lower(:familyName)
                  and c.dateOfBirth = :dateOfBirth)
                 or c.upn = :upn or c.nhsNumber = :nhsNumber)
            order by c.id""")
    List<Child> findLikelyDuplicates(String givenName, String familyName, LocalDate dateOfBirth, String upn,
                                     String nhsNumber, long exceptId, Limit limit);

    boolean existsByUpnAndIdNot(String upn, long id);

    boolean existsByNhsNumberAndIdNot(String nhsNumber, long id);

    /** Moves every carer of one record to another (a merge). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Carer c set c.child = :kept where c.child = :merged")
    int moveCarers(Child merged, Child kept);

    // joins in the query, not an entity graph, so that Hibernate keeps its translated SQL (see UserAccountRepository)
    @Query("""
            select c from Child c join fetch c.homeFootprint left join fetch c.setting
            left join fetch c.carers ca left join fetch ca.account where c.id = :id""")
    Optional<Child> findRecord(long id);
}
