package uk.send.funding.capital;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.reference.Money;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingView;
import uk.send.funding.topup.ApplicationStatus;
import uk.send.funding.topup.BudgetPosition;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.FundingRefusal;

/**
 * Capital grants to mainstream schools. A SENCO applies (access arrangements or "mainstream plus" provision: what it
 * buys, the pupils or cohort it serves, described and counted but not named, and the amount); the footprint's panel
 * approves against the footprint's capital budget for the year, declines with reasons or defers for more information;
 * the school sees the outcome; the commissioner sets each footprint's capital budget per financial year. Every read is
 * scoped (a SENCO: their setting; a panel member: their footprints) and an application out of scope answers as an
 * unknown one; views, decisions, budgets and refusals are audited.
 *
 * <p>Never over budget: an approval locks the footprint's capital budget row for the year (select … for update) and
 * takes the grant from what remains, or is refused with the remaining amount; the database refuses the same.
 */
@Service
public class CapitalGrants {

    /** A footprint's capital budget for a year is at most £1,000,000,000, as the database holds. */
    public static final long MAX_BUDGET_PENCE = 100_000_000_000L;
    /** A grant is at most £1,000,000. */
    public static final long MAX_GRANT_PENCE = CapitalApplication.MAX_PENCE;
    public static final int MAX_PUPILS = CapitalApplication.MAX_PUPILS;

    static final String APPLICATION = "CAPITAL_APPLICATION";
    static final String BUDGET = "CAPITAL_BUDGET";

    private final CapitalApplicationRepository applications;
    private final CapitalBudgetRepository budgets;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;

    CapitalGrants(CapitalApplicationRepository applications, CapitalBudgetRepository budgets, ReferenceData reference,
                  AuditLog audit, Clock clock) {
        this.applications = applications;
        this.budgets = budgets;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The years a school may apply for: this financial year and the next. */
    public List<FinancialYear> yearsToApplyFor() {
        FinancialYear now = FinancialYear.of(today());
        return List.of(now, now.next());
    }

    // --- the school

    /** A SENCO's application for their school; returns its id. */
    @Transactional
    public long apply(Viewer senco, NewCapitalApplication command) {
        requireRole(senco, Role.SENCO);
        if (command.year() != null && !yearsToApplyFor().contains(command.year())) {
            throw new FundingRefusal(FundingRefusal.Field.YEAR, "capital.error.yearRequired", "Not a year to apply for");
        }
        SettingView setting = reference.settingView(senco.settingId());
        CapitalApplication a = new CapitalApplication(setting.id(), setting.footprintId(), command, today(),
                senco.email());
        applications.saveAndFlush(a);
        audit.record(senco, AuditAction.CAPITAL_APPLIED, APPLICATION, a.getId(), command.purpose().name() + " "
                + command.amountPence());
        return a.getId();
    }

    /** The school gives the information the panel asked for; the application returns to the queue. */
    @Transactional
    public void giveMoreInformation(Viewer senco, long id, int version, String information) {
        CapitalApplication a = scoped(senco, id);
        if (!senco.is(Role.SENCO)) {
            throw notFound(senco, id);
        }
        requireVersion(a.getVersion(), version);
        a.giveMoreInformation(information);
        applications.saveAndFlush(a);
        audit.record(senco, AuditAction.CAPITAL_APPLIED, APPLICATION, id, "more information given");
    }

    /** A school's applications, newest first. */
    @Transactional(readOnly = true)
    public Page<CapitalSummary> ofSchool(Viewer senco, Pageable pageable) {
        requireRole(senco, Role.SENCO);
        SettingView setting = reference.settingView(senco.settingId());
        return applications.ofSetting(senco.settingId(), pageable).map(a -> summary(a, Map.of(setting.id(), setting)));
    }

    // --- the panel

    /** Applications awaiting a decision in the panel member's footprints, oldest first. */
    @Transactional(readOnly = true)
    public Page<CapitalSummary> queue(Viewer panel, Pageable pageable) {
        requireRole(panel, Role.PANEL);
        Map<Long, SettingView> settings = settingsOf(panel);
        return applications.queue(footprints(panel), ApplicationStatus.SUBMITTED, pageable).map(a -> summary(a, settings));
    }

    /** The panel's capital decisions in its footprints, newest first. */
    @Transactional(readOnly = true)
    public Page<CapitalSummary> decisions(Viewer panel, Pageable pageable) {
        requireRole(panel, Role.PANEL);
        Map<Long, SettingView> settings = settingsOf(panel);
        return applications.decided(footprints(panel), pageable).map(a -> summary(a, settings));
    }

    /** The capital budget of each of the panel member's footprints in a year. */
    @Transactional(readOnly = true)
    public List<BudgetPosition> budgets(Viewer panel, FinancialYear year) {
        requireRole(panel, Role.PANEL);
        return positions(false, footprints(panel), year);
    }

    /** How many capital applications await a decision in the panel member's footprints. */
    @Transactional(readOnly = true)
    public long waiting(Viewer panel) {
        requireRole(panel, Role.PANEL);
        return budgets.waiting(footprints(panel));
    }

    /** One footprint's capital budget in a year: what a decision needs to see beside it. */
    @Transactional(readOnly = true)
    public BudgetPosition budgetFor(long footprintId, FinancialYear year) {
        return positions(false, List.of(reference.footprintView(footprintId).id()), year).get(0);
    }

    /** An application, for the SENCO of its school or a panel member of its footprint; anyone else: 404. */
    @Transactional
    public CapitalApplicationView application(Viewer viewer, long id) {
        CapitalApplication a = scoped(viewer, id);
        audit.record(viewer, AuditAction.CAPITAL_VIEWED, APPLICATION, id);
        return view(a);
    }

    /** The panel's decision; an approval takes the grant from the footprint's capital budget for its year. */
    @Transactional
    public void decide(Viewer panel, long id, int version, CapitalDecision decision) {
        CapitalApplication a = scoped(panel, id);
        if (!panel.is(Role.PANEL)) {
            throw notFound(panel, id);
        }
        requireVersion(a.getVersion(), version);
        LocalDate today = today();
        if (decision instanceof CapitalDecision.Approve approve) {
            a.approve(approve.paidOn(), today, panel.email());
            FinancialYear year = a.getFinancialYear();
            CapitalBudget budget = budgets.lock(a.getFootprintId(), year.startYear()).orElseThrow(() ->
                    new FundingRefusal(FundingRefusal.Field.DECISION, "capital.error.noBudget", "No budget",
                            year.label()));
            budget.allocate(a.getAmountPence());
            budgets.flush();
        } else if (decision instanceof CapitalDecision.Decline decline) {
            a.decline(decline.reasons(), today, panel.email());
        } else if (decision instanceof CapitalDecision.Defer defer) {
            a.defer(defer.whatIsNeeded(), today, panel.email());
        }
        applications.saveAndFlush(a);
        audit.record(panel, AuditAction.CAPITAL_DECIDED, APPLICATION, id, a.getStatus().name());
    }

    // --- the commissioner

    /** Every footprint's capital budget in a year, side by side. */
    @Transactional(readOnly = true)
    public List<BudgetPosition> allBudgets(Viewer commissioner, FinancialYear year) {
        requireRole(commissioner, Role.COMMISSIONER);
        return positions(true, List.of(-1L), year);
    }

    /** A footprint's capital budget for a year, its row locked: never below the grants already approved in it. */
    @Transactional
    public void setBudget(Viewer commissioner, long footprintId, FinancialYear year, long pence) {
        requireRole(commissioner, Role.COMMISSIONER);
        reference.footprintView(footprintId);
        if (pence < 0 || pence > MAX_BUDGET_PENCE) {
            throw new FundingRefusal(FundingRefusal.Field.AMOUNT, "funding.error.budgetRange", "Out of range");
        }
        CapitalBudget budget = budgets.lock(footprintId, year.startYear()).orElse(null);
        if (budget == null) {
            budgets.saveAndFlush(new CapitalBudget(footprintId, year, pence));
        } else {
            budget.setBudget(pence);
            budgets.saveAndFlush(budget);
        }
        audit.record(commissioner, AuditAction.CAPITAL_BUDGET_CHANGED, BUDGET, footprintId, year.label() + " " + pence);
    }

    // --- positions, scope and views

    /** Positions of every footprint ({@code all}) or of those given, by name, in one statement. */
    private List<BudgetPosition> positions(boolean all, Collection<Long> ids, FinancialYear year) {
        return budgets.positions(all, ids, year.startYear(), today()).stream()
                .map(row -> BudgetPosition.of(((Number) row[0]).longValue(), (String) row[1], year,
                        row[2] == null ? null : ((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
                        ((Number) row[4]).longValue()))
                .toList();
    }

    private static Collection<Long> footprints(Viewer panel) {
        return panel.footprintIds().isEmpty() ? List.of(-1L) : panel.footprintIds();
    }

    private Map<Long, SettingView> settingsOf(Viewer panel) {
        return reference.settingsIn(panel.footprintIds()).stream().collect(Collectors.toMap(SettingView::id, s -> s));
    }

    private CapitalApplication scoped(Viewer viewer, long id) {
        CapitalApplication a = applications.findById(id).orElseThrow(() ->
                new NoSuchElementException("No such application"));
        boolean school = viewer.is(Role.SENCO) && viewer.settingId() == a.getSettingId();
        boolean panel = viewer.is(Role.PANEL) && viewer.worksIn(a.getFootprintId());
        if (!school && !panel) {
            throw notFound(viewer, id);
        }
        return a;
    }

    /** Out of scope answers as unknown (404), and is audited in a transaction of its own. */
    private NoSuchElementException notFound(Viewer viewer, long id) {
        audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, APPLICATION, id,
                "outside scope");
        return new NoSuchElementException("No such application");
    }

    private void requireRole(Viewer viewer, Role role) {
        if (!viewer.is(role)) {
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, APPLICATION, null,
                    "capital grants are not for " + viewer.role());
            throw new NoSuchElementException("Not for this role");
        }
    }

    private static void requireVersion(int actual, int expected) {
        if (actual != expected) {
            throw new OptimisticLockingFailureException("Changed by someone else since the page was opened");
        }
    }

    private CapitalSummary summary(CapitalApplication a, Map<Long, SettingView> settings) {
        SettingView s = settings.get(a.getSettingId());
        String name = s != null ? s.name() : reference.settingView(a.getSettingId()).name();
        return new CapitalSummary(a.getId(), name, a.getTitle(), a.getPurpose(), Money.ofPence(a.getAmountPence()),
                a.getFinancialYear(), a.getStatus(), a.getSubmittedOn(), a.getDecidedOn());
    }

    private CapitalApplicationView view(CapitalApplication a) {
        SettingView setting = reference.settingView(a.getSettingId());
        return new CapitalApplicationView(a.getId(), setting.id(), setting.name(), a.getFootprintId(),
                a.getFinancialYear(), a.getPurpose(), a.getTitle(), a.getWhatItBuys(), a.getWhoItServes(),
                a.getPupilsServed(), Money.ofPence(a.getAmountPence()), a.getStatus(), a.getSubmittedOn(),
                a.getMoreInformation(), a.getDecidedOn(), a.getDecisionNote(), a.getPaidOn(), a.getVersion());
    }
}
