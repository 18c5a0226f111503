package uk.send.funding.topup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AwardRepository extends JpaRepository<Award, Long> {

    Optional<Award> findByApplicationIdAndPreviousAwardIdIsNull(long applicationId);

    List<Award> findByApplicationIdInOrderByStartsOnAscIdAsc(Collection<Long> applicationIds);

    /** Awards in force that end by a day (those already ended but not reviewed too), soonest first. */
    @Query("""
            select a from Award a where a.footprintId in :footprints and a.status = 'ACTIVE' and a.endsOn <= :by
            order by a.endsOn, a.id""")
    Page<Award> ending(Collection<Long> footprints, LocalDate by, Pageable pageable);

    /** Awards in a footprint with any day in a period: what the year's money went on. */
    @Query("""
            select a from Award a where a.footprintId = :footprintId and a.startsOn <= :last and a.endsOn >= :first""")
    List<Award> overlapping(long footprintId, LocalDate first, LocalDate last);

    /** Awards in several footprints with any day in a period. */
    @Query("""
            select a from Award a where a.footprintId in :footprints and a.startsOn <= :last and a.endsOn >= :first""")
    List<Award> overlappingAny(Collection<Long> footprints, LocalDate first, LocalDate last);

    /** A school's awards, newest first. */
    @Query("select a from Award a where a.settingId = :settingId order by a.startsOn desc, a.id desc")
    Page<Award> ofSetting(long settingId, Pageable pageable);
}
