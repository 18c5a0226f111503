package uk.send.pathway.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NeedsAssessmentRepository extends JpaRepository<NeedsAssessment, Long> {

    // a fetch join, not an entity graph, so that Hibernate keeps the translated SQL between requests
    @Query("select a from NeedsAssessment a left join fetch a.adviceRequests where a.id = :id")
    Optional<NeedsAssessment> findWithAdvice(long id);

    /** Cases with their advice, to work out each one's next statutory date. */
    @EntityGraph(attributePaths = {"adviceRequests"})
    List<NeedsAssessment> findByIdIn(Collection<Long> ids);

    List<NeedsAssessment> findByChildIdOrderByRequestReceivedDesc(long childId);

    /** The cases of these children (a family's), newest first. */
    List<NeedsAssessment> findByChildIdInOrderByRequestReceivedDescIdDesc(Collection<Long> childIds);

    /** The child's open case, if any (there is at most one: needs_assessment_one_open_per_child). */
    Optional<NeedsAssessment> findFirstByChildIdAndStageIn(long childId, Collection<Stage> stages);

    /** Moves every case of one child to another (two records of the same child merged). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update NeedsAssessment a set a.childId = :keptId where a.childId = :mergedId")
    int moveToChild(long mergedId, long keptId);
}
