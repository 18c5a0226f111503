package uk.send.funding.topup;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BudgetRepository extends JpaRepository<Budget, Long> {

    /** The budget row, locked until the transaction ends (select ... for update): approvals queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Budget b where b.footprintId = :footprintId and b.financialYear = :year")
    Optional<Budget> lock(long footprintId, int year);

    @Query("select b from Budget b where b.footprintId = :footprintId and b.financialYear = :year")
    Optional<Budget> find(long footprintId, int year);

    @Query("select b from Budget b where b.financialYear = :year")
    List<Budget> inYear(int year);
}
