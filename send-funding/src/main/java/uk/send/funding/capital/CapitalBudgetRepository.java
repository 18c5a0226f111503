package uk.send.funding.capital;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CapitalBudgetRepository extends JpaRepository<CapitalBudget, Long> {

    /** The budget row, locked until the transaction ends (select ... for update): approvals queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from CapitalBudget b where b.footprintId = :footprintId and b.financialYear = :year")
    Optional<CapitalBudget> lock(long footprintId, int year);

    @Query("select b from CapitalBudget b where b.financialYear = :year")
    List<CapitalBudget> inYear(int year);
}
