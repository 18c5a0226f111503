package uk.send.pathway.support;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SenSupportRepository extends JpaRepository<SenSupport, Long> {

    /** The pupil's records at every setting, newest first, with their cycles. */
    // fetch joins, not entity graphs, so that Hibernate keeps each query's translated SQL between requests
    @Query("select s from SenSupport s left join fetch s.plans where s.childId = :childId order by s.addedOn desc, s.id desc")
    List<SenSupport> findByChildIdOrderByAddedOnDescIdDesc(long childId);

    /** The pupil's open record, if any (at most one: sen_support_one_open_per_child). */
    @Query("select s from SenSupport s left join fetch s.plans where s.childId = :childId and s.removedOn is null")
    Optional<SenSupport> findByChildIdAndRemovedOnIsNull(long childId);

    /** One record with its cycles. */
    @Query("select s from SenSupport s left join fetch s.plans where s.id = :id")
    Optional<SenSupport> findWithPlansById(long id);

    boolean existsByAddedBy(String addedBy);

    @Query("select p.record from SupportPlan p where p.id = :planId")
    Optional<SenSupport> findByPlanId(long planId);
}
