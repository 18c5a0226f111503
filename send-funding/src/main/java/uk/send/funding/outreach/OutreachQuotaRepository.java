package uk.send.funding.outreach;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OutreachQuotaRepository extends JpaRepository<OutreachQuota, Long> {

    /** The quota row, locked until the transaction ends (select ... for update): acceptances queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from OutreachQuota q where q.footprintId = :footprintId and q.financialYear = :year")
    Optional<OutreachQuota> lock(long footprintId, int year);

    @Query("select q from OutreachQuota q where q.footprintId = :footprintId and q.financialYear = :year")
    Optional<OutreachQuota> find(long footprintId, int year);

    /**
     * Where footprints' outreach quotas stand in a year, in one statement, by footprint name: [footprint id, name,
     * quota (null when not set), sessions accepted, sessions delivered].
     */
    @Query(nativeQuery = true, value = """
            select f.id, f.name, q.sessions, coalesce(q.allocated_sessions, 0),
                   (select coalesce(sum(r.sessions_delivered), 0) from outreach_request r
                    where r.footprint_id = f.id and r.financial_year = :year)
            from footprint f left join outreach_quota q on q.footprint_id = f.id and q.financial_year = :year
            where (:all or f.id in (:ids))
            order by f.name""")
    List<Object[]> positions(boolean all, Collection<Long> ids, int year);
}
