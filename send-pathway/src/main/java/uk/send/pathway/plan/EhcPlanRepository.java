package uk.send.pathway.plan;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EhcPlanRepository extends JpaRepository<EhcPlan, Long> {

    Optional<EhcPlan> findByAssessmentId(long assessmentId);
}
