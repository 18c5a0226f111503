package uk.send.funding.capital;

import java.time.LocalDate;
import java.util.Collection;
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

    /**
     * Where footprints' capital budgets stand in a year, in one statement, by footprint name: [footprint id, name,
     * budget (null when not set), allocated, paid by the day].
     */
    @Query(nativeQuery = true, value = """
            select f.id, f.name, b.budget_pence, coalesce(b.allocated_pence, 0),
                   (select coalesce(sum(a.amount_pence), 0) from capital_application a
                    where a.footprint_id = f.id and a.financial_year = :year and a.status = 'APPROVED'
                      and a.paid_on <= :day)
            from footprint f left join capital_budget b on b.footprint_id = f.id and b.financial_year = :year
            where (:all or f.id in (:ids))
            order by f.name""")
    List<Object[]> positions(boolean all, Collection<Long> ids, int year, LocalDate day);

    /** Applications awaiting a decision in footprints. */
    @Query(nativeQuery = true, value = """
            select count(*) from capital_application where footprint_id in (:ids) and status = 'SUBMITTED'""")
    long waiting(Collection<Long> ids);
}
