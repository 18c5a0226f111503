package uk.send.funding.topup;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApplicationRepository extends JpaRepository<TopUpApplication, Long> {

    /** The panel's queue: applications awaiting a decision in its footprints, oldest first. */
    @Query("""
            select a from TopUpApplication a where a.footprintId in :footprints and a.decision.status = :status
            order by a.decision.submittedOn, a.id""")
    Page<TopUpApplication> queue(Collection<Long> footprints, ApplicationStatus status, Pageable pageable);

    /** The panel's decisions in its footprints, newest first. */
    @Query("""
            select a from TopUpApplication a where a.footprintId in :footprints and a.decision.decidedOn is not null
            order by a.decision.decidedOn desc, a.id desc""")
    Page<TopUpApplication> decided(Collection<Long> footprints, Pageable pageable);

    /** A school's applications, newest first. */
    @Query("select a from TopUpApplication a where a.settingId = :settingId order by a.decision.submittedOn desc, a.id desc")
    Page<TopUpApplication> ofSetting(long settingId, Pageable pageable);

    List<TopUpApplication> findByChildIdInOrderByDecisionSubmittedOnDescIdDesc(Collection<Long> childIds);

    boolean existsByChildIdAndDecisionStatusIn(long childId, Collection<ApplicationStatus> statuses);

    boolean existsByDecisionSubmittedBy(String submittedBy);
}
