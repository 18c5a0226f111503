package uk.send.funding.outreach;

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

    @Query("select q from OutreachQuota q where q.financialYear = :year")
    List<OutreachQuota> inYear(int year);
}
