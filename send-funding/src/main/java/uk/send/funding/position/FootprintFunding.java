package uk.send.funding.position;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.funding.capital.CapitalGrants;
import uk.send.funding.outreach.Outreach;
import uk.send.funding.outreach.QuotaPosition;
import uk.send.funding.topup.BudgetPosition;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.FundingSettings;

/**
 * Every footprint's funding in a financial year for a commissioner: the top-up budget, the capital budget and the
 * outreach quota, each with what is committed, spent (or delivered) and remaining. Each facade checks the role; an
 * export is audited.
 */
@Service
public class FootprintFunding {

    private final FundingSettings topUp;
    private final CapitalGrants capital;
    private final Outreach outreach;
    private final AuditLog audit;

    FootprintFunding(FundingSettings topUp, CapitalGrants capital, Outreach outreach, AuditLog audit) {
        this.topUp = topUp;
        this.capital = capital;
        this.outreach = outreach;
        this.audit = audit;
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

    /** The same, for a download: audited as an export. */
    @Transactional
    public List<FootprintPosition> export(Viewer commissioner, FinancialYear year) {
        List<FootprintPosition> positions = positions(commissioner, year);
        audit.record(commissioner, AuditAction.DATA_EXPORTED, "EXPORT", "footprint-funding", year.label());
        return positions;
    }
}
