package uk.send.funding.topup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.reference.ReferenceData;

/**
 * What the council configures for top-up funding, set by commissioners (who plan the high-needs block; the panel
 * that spends a budget does not set it): the bands and their annual values, and each footprint's top-up budget
 * per financial year. A band's new value applies to awards made after it (awards keep the value they were made
 * at); a budget can never be set below what awards have already taken from it.
 */
@Service
public class FundingSettings {

    /** A band's annual value is at most £1,000,000, as the database holds. */
    public static final long MAX_BAND_PENCE = 100_000_000L;
    /** A footprint's budget for a year is at most £1,000,000,000. */
    public static final long MAX_BUDGET_PENCE = 100_000_000_000L;

    static final String BAND = "FUNDING_BAND";
    static final String BUDGET = "FOOTPRINT_BUDGET";

    private final BandRepository bands;
    private final BudgetRepository budgets;
    private final BudgetPositions positions;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;

    FundingSettings(BandRepository bands, BudgetRepository budgets, BudgetPositions positions, ReferenceData reference,
                    AuditLog audit, Clock clock) {
        this.bands = bands;
        this.budgets = budgets;
        this.positions = positions;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** The financial year today falls in. */
    public FinancialYear currentYear() {
        return FinancialYear.of(LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public List<BandView> bands(Viewer commissioner) {
        requireCommissioner(commissioner);
        return bands.findAllByOrderByAnnualValuePenceAscIdAsc().stream().map(Band::view).toList();
    }

    @Transactional(readOnly = true)
    public BandView band(Viewer commissioner, long id) {
        requireCommissioner(commissioner);
        return bands.findById(id).map(Band::view).orElseThrow(() -> new NoSuchElementException("No such band"));
    }

    /** Every footprint's budget in a year, side by side. */
    @Transactional(readOnly = true)
    public List<BudgetPosition> budgets(Viewer commissioner, FinancialYear year) {
        requireCommissioner(commissioner);
        return positions.of(reference.footprints(), year, LocalDate.now(clock));
    }

    @Transactional
    public long addBand(Viewer commissioner, String name, String description, long annualPence) {
        requireCommissioner(commissioner);
        checkValue(annualPence);
        if (bands.existsByNameIgnoreCase(name.strip())) {
            throw new FundingRefusal(FundingRefusal.Field.NAME, "funding.error.bandNameTaken", "A band has that name");
        }
        Band band = new Band(name, description, annualPence);
        saveBand(band);
        audit.record(commissioner, AuditAction.FUNDING_BAND_CHANGED, BAND, band.getId(), "added " + annualPence);
        return band.getId();
    }

    /** A band's new name, value or availability: applies to awards made from now on. */
    @Transactional
    public void changeBand(Viewer commissioner, long id, int version, String name, String description, long annualPence,
                           boolean active) {
        requireCommissioner(commissioner);
        Band band = bands.findById(id).orElseThrow(() -> new NoSuchElementException("No such band"));
        if (band.getVersion() != version) {
            throw new OptimisticLockingFailureException("The band was changed by someone else");
        }
        checkValue(annualPence);
        if (!band.getName().equalsIgnoreCase(name.strip()) && bands.existsByNameIgnoreCase(name.strip())) {
            throw new FundingRefusal(FundingRefusal.Field.NAME, "funding.error.bandNameTaken", "A band has that name");
        }
        long before = band.getAnnualValuePence();
        band.set(name, description, annualPence, active);
        saveBand(band);
        audit.record(commissioner, AuditAction.FUNDING_BAND_CHANGED, BAND, id, before + " to " + annualPence);
    }

    private void saveBand(Band band) {
        try {
            bands.saveAndFlush(band);
        } catch (DataIntegrityViolationException taken) {
            throw new FundingRefusal(FundingRefusal.Field.NAME, "funding.error.bandNameTaken", "A band has that name");
        }
    }

    /** A footprint's top-up budget for a year, with its row locked: never below what awards have taken from it. */
    @Transactional
    public void setBudget(Viewer commissioner, long footprintId, FinancialYear year, long pence) {
        requireCommissioner(commissioner);
        reference.footprintView(footprintId);
        if (pence < 0 || pence > MAX_BUDGET_PENCE) {
            throw new FundingRefusal(FundingRefusal.Field.AMOUNT, "funding.error.budgetRange", "Out of range");
        }
        Budget budget = budgets.lock(footprintId, year.startYear()).orElse(null);
        if (budget == null) {
            budgets.saveAndFlush(new Budget(footprintId, year, pence));
        } else {
            budget.setBudget(pence);
            budgets.saveAndFlush(budget);
        }
        audit.record(commissioner, AuditAction.FUNDING_BUDGET_CHANGED, BUDGET, footprintId, year.label() + " " + pence);
    }

    private static void checkValue(long annualPence) {
        if (annualPence <= 0 || annualPence > MAX_BAND_PENCE) {
            throw new FundingRefusal(FundingRefusal.Field.AMOUNT, "funding.error.bandRange", "Out of range");
        }
    }

    private void requireCommissioner(Viewer viewer) {
        if (!viewer.is(Role.COMMISSIONER)) {
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, BUDGET, null,
                    "funding settings are for commissioners");
            throw new NoSuchElementException("Not for this role");
        }
    }
}
