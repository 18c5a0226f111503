package uk.send.funding.topup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildIdentity;
import uk.send.domain.children.ChildSummary;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Money;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingView;
import uk.send.pathway.support.NextStep;
import uk.send.pathway.support.PlanStatus;
import uk.send.pathway.support.SupportPlanView;
import uk.send.pathway.support.SupportPlans;

/**
 * Top-up funding without an EHC plan. A SENCO applies for a pupil from a reviewed cycle of their support plan whose
 * next step is to apply; the footprint's panel approves (against the budget), declines with reasons or defers for
 * more information; awards ending soon are listed for the panel to renew, change band or end; the school and the
 * parent see the decision. Every read is scoped (a SENCO: their setting; a panel member: their footprints; a parent:
 * their children) and an application out of scope answers as an unknown one; views, decisions and refusals are
 * audited. "Today" comes from the injected clock.
 *
 * <p>Never over budget: an approval locks the footprint's budget row for each financial year the award spans
 * (earliest first, so two approvals never wait on each other in a circle) and takes the award's cost for that year
 * from what remains, or is refused with the remaining amount; the database refuses an allocation over the budget too.
 */
@Service
public class TopUpFunding {

    /** Awards ending within this are listed for the panel ahead of their review. */
    public static final Period ENDING_WINDOW = Period.ofWeeks(8);

    static final String APPLICATION = "TOP_UP_APPLICATION";
    static final String AWARD = "TOP_UP_AWARD";

    private final ApplicationRepository applications;
    private final AwardRepository awards;
    private final BudgetRepository budgets;
    private final BandRepository bands;
    private final BudgetPositions positions;
    private final SupportPlans support;
    private final ChildDirectory children;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;
    private final AwardMigration migration;

    TopUpFunding(ApplicationRepository applications, AwardRepository awards, BudgetRepository budgets,
                 BandRepository bands, BudgetPositions positions, SupportPlans support, ChildDirectory children,
                 ReferenceData reference, AuditLog audit, Clock clock, AwardMigration migration) {
        this.migration = migration;
        this.applications = applications;
        this.awards = awards;
        this.budgets = budgets;
        this.bands = bands;
        this.positions = positions;
        this.support = support;
        this.children = children;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today, from the injected clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The bands a panel or a school may choose now, lowest value first. */
    @Transactional(readOnly = true)
    public List<BandView> activeBands() {
        return bands.findAllByOrderByAnnualValuePenceAscIdAsc().stream().filter(Band::isActive).map(Band::view).toList();
    }

    // --- the school

    /**
     * The reviewed cycle a SENCO applies from: their pupil's (the pathway scopes it), reviewed, with the next step
     * "apply for top-up funding". Any other cycle is not one to apply from (404).
     */
    @Transactional
    public SupportPlanView cycleToApplyFrom(Viewer senco, long planId) {
        requireRole(senco, Role.SENCO);
        SupportPlanView plan = support.plan(senco, planId);
        if (plan.status() != PlanStatus.REVIEWED || plan.nextStep() != NextStep.APPLY_FOR_TOP_UP || plan.reviewedOn() == null) {
            throw new NoSuchElementException("This cycle's review did not decide to apply for top-up funding");
        }
        return plan;
    }

    /** The application waiting for the pupil, if there is one (a second is refused until it is decided). */
    @Transactional(readOnly = true)
    public boolean hasOpenApplication(long childId) {
        return applications.existsByChildIdAndDecisionStatusIn(childId, EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.DEFERRED));
    }

    /** A SENCO's application from a reviewed cycle; returns its id. */
    @Transactional
    public long apply(Viewer senco, long planId, NewApplication command) {
        SupportPlanView plan = cycleToApplyFrom(senco, planId);
        Band band = bands.findById(command.bandId()).filter(Band::isActive).orElseThrow(() ->
                new FundingRefusal(FundingRefusal.Field.BAND, "funding.error.bandRequired", "No such band"));
        if (command.startsOn() != null && command.startsOn().isBefore(plan.reviewedOn())) {
            throw new FundingRefusal(FundingRefusal.Field.STARTS_ON, "funding.error.startBeforeReview",
                    "The award would start before the review", plan.reviewedOn());
        }
        if (hasOpenApplication(plan.childId())) {
            throw new FundingRefusal(FundingRefusal.Field.EVIDENCE, "funding.error.openApplication",
                    "An application for the pupil is waiting already");
        }
        SettingView setting = reference.settingView(senco.settingId());
        TopUpApplication a = new TopUpApplication(plan.childId(), setting.id(), setting.footprintId(), planId,
                plan.cycle(), plan.reviewedOn(), command, today(), senco.email());
        try {
            applications.saveAndFlush(a);
        } catch (DataIntegrityViolationException raced) {
            if (String.valueOf(raced.getMessage()).contains("top_up_application_one_open_per_child")) {
                throw new FundingRefusal(FundingRefusal.Field.EVIDENCE, "funding.error.openApplication",
                        "An application for the pupil was made meanwhile");
            }
            throw raced;
        }
        audit.record(senco, AuditAction.TOP_UP_APPLIED, APPLICATION, a.getId(), "band " + band.getName());
        return a.getId();
    }

    /** The school gives the information a panel asked for when it deferred; the application returns to the queue. */
    @Transactional
    public void giveMoreInformation(Viewer senco, long id, int version, String information) {
        TopUpApplication a = scoped(senco, id);
        if (!senco.is(Role.SENCO)) {
            throw notFound(senco, id, APPLICATION);
        }
        requireVersion(a.getVersion(), version);
        a.giveMoreInformation(information);
        applications.saveAndFlush(a);
        audit.record(senco, AuditAction.TOP_UP_APPLIED, APPLICATION, id, "more information given");
    }

    /** A school's applications, newest first. */
    @Transactional(readOnly = true)
    public Page<ApplicationSummary> ofSchool(Viewer senco, Pageable pageable) {
        requireRole(senco, Role.SENCO);
        Page<TopUpApplication> page = applications.ofSetting(senco.settingId(), pageable);
        SettingView setting = reference.settingView(senco.settingId());
        return summaries(page, Map.of(setting.id(), setting));
    }

    // --- the panel

    /** Applications awaiting a decision in the panel member's footprints, oldest first. */
    @Transactional(readOnly = true)
    public Page<ApplicationSummary> queue(Viewer panel, Pageable pageable) {
        requireRole(panel, Role.PANEL);
        return summaries(applications.queue(footprints(panel), ApplicationStatus.SUBMITTED, pageable), settingsOf(panel));
    }

    /** The panel's decisions in its footprints, newest first. */
    @Transactional(readOnly = true)
    public Page<ApplicationSummary> decisions(Viewer panel, Pageable pageable) {
        requireRole(panel, Role.PANEL);
        return summaries(applications.decided(footprints(panel), pageable), settingsOf(panel));
    }

    /** The budget of each of the panel member's footprints in a financial year. */
    @Transactional(readOnly = true)
    public List<BudgetPosition> budgets(Viewer panel, FinancialYear year) {
        requireRole(panel, Role.PANEL);
        List<FootprintView> mine = reference.footprints().stream().filter(f -> panel.footprintIds().contains(f.id()))
                .toList();
        return positions.of(mine, year, today());
    }

    /** A footprint's budget in each financial year a period spans: what a decision on it needs to see. */
    @Transactional(readOnly = true)
    public List<BudgetPosition> budgetsFor(long footprintId, LocalDate from, LocalDate to) {
        FootprintView footprint = reference.footprintView(footprintId);
        LocalDate end = to == null || to.isBefore(from) ? from : to;
        return ProRata.costByYear(0, from, end).keySet().stream()
                .flatMap(year -> positions.of(List.of(footprint), year, today()).stream()).toList();
    }

    /** Awards in force in the panel's footprints ending within {@link #ENDING_WINDOW} (or ended, not yet reviewed). */
    @Transactional(readOnly = true)
    public Page<AwardView> awardsEnding(Viewer panel, Pageable pageable) {
        requireRole(panel, Role.PANEL);
        Page<Award> page = awards.ending(footprints(panel), today().plus(ENDING_WINDOW), pageable);
        Map<Long, ChildIdentity> who = children.identities(page.map(Award::getChildId).toSet());
        Map<Long, SettingView> settings = settingsOf(panel);
        return page.map(a -> view(a, who, settings));
    }

    /** An application, for the SENCO of its school or a panel member of its footprint; anyone else: 404. */
    @Transactional
    public ApplicationView application(Viewer viewer, long id) {
        TopUpApplication a = scoped(viewer, id);
        audit.record(viewer, AuditAction.TOP_UP_VIEWED, APPLICATION, id);
        return view(a);
    }

    /** An award, for a panel member of its footprint; anyone else: 404. */
    @Transactional
    public AwardView award(Viewer panel, long awardId) {
        Award a = scopedAward(panel, awardId);
        audit.record(panel, AuditAction.TOP_UP_VIEWED, AWARD, awardId);
        return view(a, children.identities(Set.of(a.getChildId())), Map.of(a.getSettingId(),
                reference.settingView(a.getSettingId())));
    }

    /**
     * The panel's decision. An approval makes the award at the band's value today and takes its cost from the
     * footprint's budget for each year it spans, refused (with the remaining amount) when it would go over.
     */
    @Transactional
    public void decide(Viewer panel, long id, int version, PanelDecision decision) {
        TopUpApplication a = scoped(panel, id);
        if (!panel.is(Role.PANEL)) {
            throw notFound(panel, id, APPLICATION);
        }
        requireVersion(a.getVersion(), version);
        LocalDate today = today();
        if (decision instanceof PanelDecision.Approve approve) {
            BandView band = activeBand(approve.bandId());
            Award award = new Award(a.getId(), null, a.getChildId(), a.getSettingId(), a.getFootprintId(), band,
                    approve.startsOn(), approve.endsOn(), approve.reviewOn(), today, panel.email());
            a.approve(today, panel.email());
            allocate(a.getFootprintId(), award.costByYear());
            awards.save(award);
        } else if (decision instanceof PanelDecision.Decline decline) {
            a.decline(decline.reasons(), today, panel.email());
        } else if (decision instanceof PanelDecision.Defer defer) {
            a.defer(defer.whatIsNeeded(), today, panel.email());
        }
        applications.saveAndFlush(a);
        audit.record(panel, AuditAction.TOP_UP_DECIDED, APPLICATION, id, a.getStatus().name());
    }

    /** The review of an award at its end; a renewal or a change of band is a new award, against the budget. */
    @Transactional
    public void review(Viewer panel, long awardId, int version, AwardReview review) {
        Award award = scopedAward(panel, awardId);
        requireVersion(award.getVersion(), version);
        LocalDate today = today();
        if (review.outcome() != ReviewOutcome.END) {
            long bandId = review.outcome() == ReviewOutcome.RENEW ? award.getBandId()
                    : review.bandId() == null ? -1 : review.bandId();
            if (review.outcome() == ReviewOutcome.CHANGE_BAND && bandId == award.getBandId()) {
                throw new FundingRefusal(FundingRefusal.Field.BAND, "funding.error.sameBand", "The same band");
            }
            BandView band = activeBand(bandId);
            Award next = new Award(award.getApplicationId(), award.getId(), award.getChildId(), award.getSettingId(),
                    award.getFootprintId(), band, award.getEndsOn().plusDays(1), review.endsOn(), review.reviewOn(),
                    today, panel.email());
            allocate(award.getFootprintId(), next.costByYear());
            award.reviewed(review.outcome(), today, panel.email());
            awards.saveAndFlush(award);
            awards.save(next);
        } else {
            award.reviewed(ReviewOutcome.END, today, panel.email());
            awards.saveAndFlush(award);
        }
        audit.record(panel, AuditAction.TOP_UP_AWARD_REVIEWED, AWARD, awardId, review.outcome().name());
    }

    // --- the family

    /**
     * Top-up funding for a parent's own children: each application, its decision, its latest award and what the
     * last review of an award decided.
     */
    @Transactional(readOnly = true)
    public List<FamilyDecision> forFamily(Viewer parent) {
        if (!parent.isFamily()) {
            return List.of();
        }
        Map<Long, String> own = children.search(parent, null, null, PageRequest.of(0, 100, ChildDirectory.DEFAULT_SORT))
                .stream().collect(Collectors.toMap(ChildSummary::id, ChildSummary::fullName));
        if (own.isEmpty()) {
            return List.of();
        }
        List<TopUpApplication> theirs = applications.findByChildIdInOrderByDecisionSubmittedOnDescIdDesc(own.keySet());
        Map<Long, List<Award>> awarded = awards.findByApplicationIdInOrderByStartsOnAscIdAsc(
                theirs.stream().map(TopUpApplication::getId).toList()).stream()
                .collect(Collectors.groupingBy(Award::getApplicationId));
        return theirs.stream().map(a -> {
            List<Award> made = awarded.getOrDefault(a.getId(), List.of());
            Award latest = made.isEmpty() ? null : made.get(made.size() - 1);
            Award reviewed = made.stream().filter(w -> w.getStatus() != AwardStatus.ACTIVE).reduce((x, y) -> y)
                    .orElse(null);
            return new FamilyDecision(a.getId(), a.getChildId(), own.get(a.getChildId()),
                    reference.settingView(a.getSettingId()).name(), a.getStatus(), a.getSubmittedOn(), a.getDecidedOn(),
                    a.getStatus() == ApplicationStatus.APPROVED ? null : a.getDecisionNote(),
                    latest == null ? null : latest.getBandName(), latest == null ? null : latest.getStartsOn(),
                    latest == null ? null : latest.getEndsOn(), latest == null ? null : latest.getReviewOn(),
                    reviewed == null ? null : reviewed.getStatus(), reviewed == null ? null : reviewed.getReviewedOn());
        }).toList();
    }

    // --- the caseload migration

    /**
     * The rows of a top-up awards migration file the database refuses (their format is the caller's to check): see
     * {@link AwardMigration} for the rules, the budget's among them. Empty when the whole file can be imported. An
     * administrator's only.
     */
    @Transactional(readOnly = true)
    public List<uk.send.domain.children.MigrationProblem> checkMigration(List<MigratedAward> rows, Viewer actor) {
        requireAdmin(actor);
        return migration.check(rows, actor).problems();
    }

    /**
     * Imports top-up awards in one transaction, all or nothing: the budgets locked first (as approvals lock them),
     * then every row checked again under the lock, refused whole when any row has a problem; an award already
     * recorded (same child, same start, same values) is left, so a file imported twice changes nothing the second
     * time. Each award's cost is taken from its footprint's budget for every year it spans, as an approval's is.
     * {@code progress} hears how many rows are done, batch by batch. Audited once for the import.
     */
    @Transactional
    public AwardMigrationResult importAwards(List<MigratedAward> rows, Viewer actor,
                                             java.util.function.IntConsumer progress, long importId) {
        requireAdmin(actor);
        migration.lockBudgets();
        AwardMigrationResult result = migration.write(migration.check(rows, actor), actor, importId, progress);
        audit.record(actor, AuditAction.TOP_UP_AWARDS_IMPORTED, "DATA_IMPORT", importId,
                result.added() + " added, " + result.unchanged() + " unchanged");
        return result;
    }

    private void requireAdmin(Viewer actor) {
        if (!actor.is(Role.ADMIN)) {
            throw new uk.send.domain.access.NotInScopeException(AWARD);
        }
    }

    // --- the budget

    private void allocate(long footprintId, SortedMap<FinancialYear, Long> costs) {
        costs.forEach((year, pence) -> {
            Budget budget = budgets.lock(footprintId, year.startYear()).orElseThrow(() -> new FundingRefusal(
                    FundingRefusal.Field.BAND, "funding.error.noBudget", "No budget for the year", year.label()));
            budget.allocate(pence);
        });
        budgets.flush();
    }

    private BandView activeBand(long bandId) {
        return bands.findById(bandId).filter(Band::isActive).map(Band::view).orElseThrow(() ->
                new FundingRefusal(FundingRefusal.Field.BAND, "funding.error.bandRequired", "No such band"));
    }

    // --- scope and views

    private static Collection<Long> footprints(Viewer panel) {
        return panel.footprintIds().isEmpty() ? List.of(-1L) : panel.footprintIds();
    }

    private Map<Long, SettingView> settingsOf(Viewer panel) {
        return reference.settingsIn(panel.footprintIds()).stream().collect(Collectors.toMap(SettingView::id, s -> s));
    }

    private TopUpApplication scoped(Viewer viewer, long id) {
        TopUpApplication a = applications.findById(id).orElseThrow(() -> new NoSuchElementException("No such application"));
        boolean school = viewer.is(Role.SENCO) && viewer.settingId() == a.getSettingId();
        boolean panel = viewer.is(Role.PANEL) && viewer.worksIn(a.getFootprintId());
        if (!school && !panel) {
            throw notFound(viewer, id, APPLICATION);
        }
        return a;
    }

    private Award scopedAward(Viewer panel, long awardId) {
        Award a = awards.findById(awardId).orElseThrow(() -> new NoSuchElementException("No such award"));
        if (!panel.is(Role.PANEL) || !panel.worksIn(a.getFootprintId())) {
            throw notFound(panel, awardId, AWARD);
        }
        return a;
    }

    /** Out of scope answers as unknown (404), and is audited in a transaction of its own. */
    private NoSuchElementException notFound(Viewer viewer, long id, String type) {
        audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, type, id, "outside scope");
        return new NoSuchElementException("No such " + type);
    }

    private void requireRole(Viewer viewer, Role role) {
        if (!viewer.is(role)) {
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, APPLICATION, null,
                    "top-up funding is not for " + viewer.role());
            throw new NoSuchElementException("Not for this role");
        }
    }

    private static void requireVersion(int actual, int expected) {
        if (actual != expected) {
            throw new OptimisticLockingFailureException("Changed by someone else since the page was opened");
        }
    }

    private Page<ApplicationSummary> summaries(Page<TopUpApplication> page, Map<Long, SettingView> settings) {
        Map<Long, ChildIdentity> who = children.identities(page.map(TopUpApplication::getChildId).toSet());
        Map<Long, String> bandNames = bandNames();
        return page.map(a -> new ApplicationSummary(a.getId(), name(who, a.getChildId()),
                settingName(settings, a.getSettingId()), bandNames.get(a.getRequestedBandId()), a.getStartsOn(),
                a.getEndsOn(), a.getStatus(), a.getSubmittedOn(), a.getDecidedOn()));
    }

    private Map<Long, String> bandNames() {
        return bands.findAll().stream().collect(Collectors.toMap(Band::getId, Band::getName));
    }

    private String settingName(Map<Long, SettingView> settings, long settingId) {
        SettingView s = settings.get(settingId);
        return s != null ? s.name() : reference.settingView(settingId).name();
    }

    private static String name(Map<Long, ChildIdentity> who, long childId) {
        ChildIdentity c = who.get(childId);
        return c == null ? "" : c.fullName();
    }

    private ApplicationView view(TopUpApplication a) {
        Map<Long, ChildIdentity> who = children.identities(Set.of(a.getChildId()));
        SettingView setting = reference.settingView(a.getSettingId());
        Map<Long, SettingView> settings = Map.of(setting.id(), setting);
        Band requested = bands.findById(a.getRequestedBandId()).orElseThrow();
        List<AwardView> made = awards.findByApplicationIdInOrderByStartsOnAscIdAsc(List.of(a.getId())).stream()
                .map(w -> view(w, who, settings)).toList();
        return new ApplicationView(a.getId(), a.getChildId(), name(who, a.getChildId()), setting.name(),
                a.getFootprintId(), a.getSupportPlanId(), a.getSupportCycle(), a.getCycleReviewedOn(), a.getEvidence(),
                a.getIntendedUse(), requested.getId(), requested.getName(),
                Money.ofPence(ProRata.total(requested.getAnnualValuePence(), a.getStartsOn(), a.getEndsOn())),
                a.getStartsOn(), a.getEndsOn(), a.getReviewOn(), a.getStatus(), a.getSubmittedOn(),
                a.getMoreInformation(), a.getDecidedOn(), a.getDecisionNote(), made, a.getVersion());
    }

    private AwardView view(Award a, Map<Long, ChildIdentity> who, Map<Long, SettingView> settings) {
        return new AwardView(a.getId(), a.getApplicationId(), a.getChildId(), name(who, a.getChildId()),
                settingName(settings, a.getSettingId()), a.getFootprintId(), a.getBandName(),
                Money.ofPence(a.getAnnualValuePence()), a.getStartsOn(), a.getEndsOn(), a.getReviewOn(), a.getStatus(),
                ProRata.costByYear(a.getAnnualValuePence(), a.getStartsOn(), a.getEndsOn()), a.getVersion());
    }
}
