package uk.send.pathway.plan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EhcPlanRepository extends JpaRepository<EhcPlan, Long> {

    /** The plan an assessment produced (the newest, should a later one name it as origin too). */
    Optional<EhcPlan> findFirstByOriginAssessmentIdOrderByIdDesc(long originAssessmentId);

    boolean existsByOriginAssessmentId(long originAssessmentId);

    /** A child's current plan: the one that has not ceased (the database allows one). */
    Optional<EhcPlan> findByChildIdAndCeasedOnIsNull(long childId);

    /** Moves every plan of one child to another (two records of the same child merged). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update EhcPlan p set p.childId = :keptId where p.childId = :mergedId")
    int moveToChild(long mergedId, long keptId);
}
