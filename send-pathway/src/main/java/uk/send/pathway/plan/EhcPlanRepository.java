package uk.send.pathway.plan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EhcPlanRepository extends JpaRepository<EhcPlan, Long> {

    /** The plan an assessment produced (the newest, should a later one name it as origin too). */
    Optional<EhcPlan> findFirstByOriginAssessmentIdOrderByIdDesc(long originAssessmentId);

    boolean existsByOriginAssessmentId(long originAssessmentId);

    /** A child's current plan: the one that has not ceased (the database allows one). */
    Optional<EhcPlan> findByChildIdAndCeasedOnIsNull(long childId);
}
