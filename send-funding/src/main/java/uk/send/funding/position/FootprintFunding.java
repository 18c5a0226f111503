package uk.send.funding.position;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.funding.capital.CapitalGrants;
import uk.send.funding.outreach.Outreach;
import uk.send.funding.outreach.QuotaPosition;
import uk.send.funding.topup.BudgetPosition;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.FundingSettings;
import uk.send.funding.topup.TopUpFunding;

/**
 * Every footprint's funding in a financial year for a commissioner: the top-up budget, the capital budget and the
 * outreach quota, each with what is committed, spent (or delivered) and remaining. Each facade checks the role; the
 * web layer audits a download.
 */
@Service
public class FootprintFunding {

    private final FundingSettings topUp;
    private final CapitalGrants capital;
    private final Outreach outreach;
    private final TopUpFunding topUpFunding;
    private final JdbcClient jdbc;

    FootprintFunding(FundingSettings topUp, CapitalGrants capital, Outreach outreach, TopUpFunding topUpFunding,
                     JdbcClient jdbc) {
        this.topUp = topUp;
        this.capital = capital;
        this.outreach = outreach;
        this.topUpFunding = topUpFunding;
        this.jdbc = jdbc;
    }

    /** A panel member's footprints this year, and how many capital applications in them await a decision. */
    public record PanelView(List<FootprintPosition> positions, long capitalWaiting) {
    }

    /**
     * The panel's home: each of the member's footprints with its top-up position (through {@link TopUpFunding}) and
     * its capital and outreach positions and capital applications waiting, the last three in one statement.
     */
    @Transactional(readOnly = true)
    public PanelView forPanel(Viewer panel, FinancialYear year) {
        List<BudgetPosition> topUps = topUpFunding.budgets(panel, year);
        if (!panel.is(Role.PANEL) || topUps.isEmpty()) {
            return new PanelView(List.of(), 0);
        }
        Map<Long, Object[]> rows = jdbc.sql("""
                        select f.id, f.name, cb.budget_pence, coalesce(cb.allocated_pence, 0),
                               (select coalesce(sum(a.amount_pence), 0) from capital_application a
                                where a.footprint_id = f.id and a.financial_year = :year and a.status = 'APPROVED'
                                  and a.paid_on <= :today),
                               oq.sessions, coalesce(oq.allocated_sessions, 0),
                               (select coalesce(sum(r.sessions_delivered), 0) from outreach_request r
                                where r.footprint_id = f.id and r.financial_year = :year),
                               (select count(*) from capital_application w
                                where w.footprint_id = f.id and w.status = 'SUBMITTED')
                        from footprint f
                        left join capital_budget cb on cb.footprint_id = f.id and cb.financial_year = :year
                        left join outreach_quota oq on oq.footprint_id = f.id and oq.financial_year = :year
                        where f.id in (:ids)""")
                .param("year", year.startYear()).param("today", capital.today())
                .param("ids", topUps.stream().map(BudgetPosition::footprintId).toList())
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(3), rs.getLong(4), rs.getLong(5),
                        rs.getObject(6), rs.getInt(7), rs.getInt(8), rs.getLong(9)})
                .list().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> r));
        long waiting = 0;
        List<FootprintPosition> positions = new java.util.ArrayList<>();
        for (BudgetPosition t : topUps) {
            Object[] r = rows.get(t.footprintId());
            BudgetPosition c = BudgetPosition.of(t.footprintId(), t.footprintName(), year,
                    r[1] == null ? null : ((Number) r[1]).longValue(), (Long) r[2], (Long) r[3]);
            QuotaPosition o = QuotaPosition.of(t.footprintId(), t.footprintName(), year,
                    r[4] == null ? null : ((Number) r[4]).intValue(), (Integer) r[5], (Integer) r[6]);
            waiting += (Long) r[7];
            positions.add(new FootprintPosition(t.footprintId(), t.footprintName(), t, c, o));
        }
        return new PanelView(positions, waiting);
    }

    /** Each footprint's position, in the order of the footprints. */
    @Transactional(readOnly = true)
    public List<FootprintPosition> positions(Viewer commissioner, FinancialYear year) {
        List<BudgetPosition> topUps = topUp.budgets(commissioner, year);
        Map<Long, BudgetPosition> capitals = capital.allBudgets(commissioner, year).stream()
                .collect(Collectors.toMap(BudgetPosition::footprintId, Function.identity()));
        Map<Long, QuotaPosition> quotas = outreach.allQuotas(commissioner, year).stream()
                .collect(Collectors.toMap(QuotaPosition::footprintId, Function.identity()));
        return topUps.stream().map(t -> new FootprintPosition(t.footprintId(), t.footprintName(), t,
                capitals.get(t.footprintId()), quotas.get(t.footprintId()))).toList();
    }
}
