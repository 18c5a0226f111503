package uk.send.funding.capital;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import uk.send.funding.topup.ApplicationStatus;

interface CapitalApplicationRepository extends JpaRepository<CapitalApplication, Long> {

    /** The panel's queue: applications awaiting a decision in its footprints, oldest first. */
    @Query("""
            select a from CapitalApplication a where a.footprintId in :footprints and a.decision.status = :status
            order by a.decision.submittedOn, a.id""")
    Page<CapitalApplication> queue(Collection<Long> footprints, ApplicationStatus status, Pageable pageable);

    /** The panel's decisions in its footprints, newest first. */
    @Query("""
            select a from CapitalApplication a where a.footprintId in :footprints and a.decision.decidedOn is not null
            order by a.decision.decidedOn desc, a.id desc""")
    Page<CapitalApplication> decided(Collection<Long> footprints, Pageable pageable);

    /** A school's applications, newest first. */
    @Query("select a from CapitalApplication a where a.settingId = :settingId order by a.decision.submittedOn desc, a.id desc")
    Page<CapitalApplication> ofSetting(long settingId, Pageable pageable);

}
