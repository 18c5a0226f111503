package uk.send.pathway.support;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SenSupportRepository extends JpaRepository<SenSupport, Long> {

    /** The pupil's records at every setting, newest first, with their cycles. */
    @EntityGraph(attributePaths = {"plans"})
    List<SenSupport> findByChildIdOrderByAddedOnDescIdDesc(long childId);

    /** The pupil's open record, if any (at most one: sen_support_one_open_per_child). */
    @EntityGraph(attributePaths = {"plans"})
    Optional<SenSupport> findByChildIdAndRemovedOnIsNull(long childId);

    /** One record with its cycles. */
    @EntityGraph(attributePaths = {"plans"})
    Optional<SenSupport> findWithPlansById(long id);

    boolean existsByAddedBy(String addedBy);

    @Query("select p.record from SupportPlan p where p.id = :planId")
    Optional<SenSupport> findByPlanId(long planId);
}
