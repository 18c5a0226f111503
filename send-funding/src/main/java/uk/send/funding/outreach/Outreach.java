package uk.send.funding.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

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
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.FundingRefusal;

/**
 * Outreach from special schools. A SENCO at a mainstream school requests sessions from a special school, against
 * the quota of their footprint for the financial year; the special school's outreach provider accepts (the sessions
 * are taken from the quota: never over it) or declines with a reason, and records each session delivered with its
 * outcome; commissioners set each footprint's quota per year. Scoped: a SENCO sees their school's requests, an
 * outreach provider those made to their school, a panel member the quota of their footprints; anything else answers
 * as unknown (404). Views, answers, sessions and quotas are audited.
 *
 * <p>Never over the quota: an acceptance locks the footprint's quota row for the year (select … for update) and takes
 * the sessions from what remains, or is refused with the number remaining; the database refuses the same.
 */
@Service
public class Outreach {

    /** A footprint's quota for a year is at most 100,000 sessions, as the database holds. */
    public static final int MAX_QUOTA = 100_000;
    public static final int MAX_SESSIONS = OutreachRequest.MAX_SESSIONS;

    static final String REQUEST = "OUTREACH_REQUEST";
    static final String QUOTA = "OUTREACH_QUOTA";
    private static final List<SettingType> PROVIDER_TYPES = List.of(SettingType.SPECIAL_MAINTAINED,
            SettingType.SPECIAL_ACADEMY);

    private final OutreachRequestRepository requests;
    private final OutreachSessionRepository sessions;
    private final OutreachQuotaRepository quotas;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;

    Outreach(OutreachRequestRepository requests, OutreachSessionRepository sessions, OutreachQuotaRepository quotas,
             ReferenceData reference, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.sessions = sessions;
        this.quotas = quotas;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public FinancialYear currentYear() {
        return FinancialYear.of(today());
    }

    /** Whether a setting is of a type that provides outreach (a special school, maintained or academy). */
    public static boolean providesOutreach(SettingType type) {
        return PROVIDER_TYPES.contains(type);
    }

    /** The open special schools a school may ask for outreach, those in its own footprint first, then by name. */
    @Transactional(readOnly = true)
    public List<SettingView> providers(Viewer senco) {
        requireRole(senco, Role.SENCO);
        long own = reference.settingView(senco.settingId()).footprintId();
        return PROVIDER_TYPES.stream()
                .flatMap(t -> reference.settings(null, null, t, PageRequest.of(0, 500)).stream())
                .filter(SettingView::open)
                .sorted(Comparator.comparing((SettingView s) -> s.footprintId() != own).thenComparing(SettingView::name))
                .toList();
    }

    /** Whether the SENCO's school may request outreach: a mainstream school. */
    @Transactional(readOnly = true)
    public boolean mayRequest(Viewer senco) {
        return senco.is(Role.SENCO) && reference.settingView(senco.settingId()).type().isMainstream();
    }

    // --- the school

    /** A mainstream SENCO's request to a special school, for this financial year; returns its id. */
    @Transactional
    public long request(Viewer senco, NewOutreachRequest command) {
        requireRole(senco, Role.SENCO);
        SettingView school = reference.settingView(senco.settingId());
        if (!school.type().isMainstream()) {
            throw new FundingRefusal(FundingRefusal.Field.PROVIDER, "outreach.error.notMainstream", "Not mainstream");
        }
        SettingView provider = command.providerSettingId() == null ? null : providers(senco).stream()
                .filter(s -> s.id() == command.providerSettingId()).findFirst().orElse(null);
        if (provider == null) {
            throw new FundingRefusal(FundingRefusal.Field.PROVIDER, "outreach.error.providerRequired", "No provider");
        }
        FinancialYear year = currentYear();
        QuotaPosition quota = positions(false, List.of(school.footprintId()), year).get(0);
        if (!quota.set()) {
            throw new FundingRefusal(FundingRefusal.Field.SESSIONS, "outreach.error.noQuota", "No quota", year.label());
        }
        if (command.sessions() > quota.remaining()) {
            throw new FundingRefusal(FundingRefusal.Field.SESSIONS, "outreach.error.overQuota", "Over quota",
                    quota.remaining(), year.label(), command.sessions());
        }
        OutreachRequest r = new OutreachRequest(school.id(), provider.id(), school.footprintId(), year, command, today(),
                senco.email());
        requests.saveAndFlush(r);
        audit.record(senco, AuditAction.OUTREACH_REQUESTED, REQUEST, r.getId(), command.sessions() + " sessions");
        return r.getId();
    }

    /** A school's requests, newest first. */
    @Transactional(readOnly = true)
    public Page<OutreachSummary> ofSchool(Viewer senco, Pageable pageable) {
        requireRole(senco, Role.SENCO);
        return summaries(requests.ofSetting(senco.settingId(), pageable));
    }

    // --- the provider

    /** Requests made to the outreach provider's school: waiting first, then accepted, then the rest. */
    @Transactional(readOnly = true)
    public Page<OutreachSummary> toProvider(Viewer outreach, Pageable pageable) {
        requireRole(outreach, Role.OUTREACH);
        return summaries(requests.toProvider(outreach.settingId(), pageable));
    }

    /** The provider's school, as its pages name it. */
    @Transactional(readOnly = true)
    public SettingView providerSchool(Viewer outreach) {
        requireRole(outreach, Role.OUTREACH);
        return reference.settingView(outreach.settingId());
    }

    /** A request, for the SENCO of the school that made it or the provider it was made to; anyone else: 404. */
    @Transactional
    public OutreachRequestView request(Viewer viewer, long id) {
        OutreachRequest r = scoped(viewer, id);
        audit.record(viewer, AuditAction.OUTREACH_VIEWED, REQUEST, id);
        return view(r);
    }

    /** The provider accepts: the sessions are taken from the footprint's quota for the year, or refused. */
    @Transactional
    public void accept(Viewer outreach, long id, int version) {
        OutreachRequest r = providerScoped(outreach, id, version);
        r.accept(today(), outreach.email());
        FinancialYear year = r.getFinancialYear();
        OutreachQuota quota = quotas.lock(r.getFootprintId(), year.startYear()).orElseThrow(() ->
                new FundingRefusal(FundingRefusal.Field.DECISION, "outreach.error.noQuota", "No quota", year.label()));
        quota.allocate(r.getSessions());
        quotas.flush();
        requests.saveAndFlush(r);
        audit.record(outreach, AuditAction.OUTREACH_ANSWERED, REQUEST, id, "ACCEPTED");
    }

    @Transactional
    public void decline(Viewer outreach, long id, int version, String reason) {
        OutreachRequest r = providerScoped(outreach, id, version);
        r.decline(reason, today(), outreach.email());
        requests.saveAndFlush(r);
        audit.record(outreach, AuditAction.OUTREACH_ANSWERED, REQUEST, id, "DECLINED");
    }

    /** A session delivered with its outcome; the last of the sessions accepted completes the request. */
    @Transactional
    public void recordSession(Viewer outreach, long id, int version, LocalDate deliveredOn, String outcome) {
        OutreachRequest r = providerScoped(outreach, id, version);
        OutreachSession session = r.deliver(deliveredOn, outcome, today(), outreach.email());
        sessions.save(session);
        requests.saveAndFlush(r);
        audit.record(outreach, AuditAction.OUTREACH_SESSION_RECORDED, REQUEST, id, deliveredOn.toString());
    }

    // --- quotas

    /** The outreach quota of each of the panel member's footprints in a year. */
    @Transactional(readOnly = true)
    public List<QuotaPosition> quotas(Viewer panel, FinancialYear year) {
        requireRole(panel, Role.PANEL);
        return positions(false, panel.footprintIds().isEmpty() ? List.of(-1L) : panel.footprintIds(), year);
    }

    /** Every footprint's outreach quota in a year, side by side. */
    @Transactional(readOnly = true)
    public List<QuotaPosition> allQuotas(Viewer commissioner, FinancialYear year) {
        requireRole(commissioner, Role.COMMISSIONER);
        return positions(true, List.of(-1L), year);
    }

    /** A footprint's quota for a year, its row locked: never below the sessions already accepted in it. */
    @Transactional
    public void setQuota(Viewer commissioner, long footprintId, FinancialYear year, int sessionCount) {
        requireRole(commissioner, Role.COMMISSIONER);
        reference.footprintView(footprintId);
        if (sessionCount < 0 || sessionCount > MAX_QUOTA) {
            throw new FundingRefusal(FundingRefusal.Field.SESSIONS, "outreach.error.quotaRange", "Out of range",
                    MAX_QUOTA);
        }
        OutreachQuota quota = quotas.lock(footprintId, year.startYear()).orElse(null);
        if (quota == null) {
            quotas.saveAndFlush(new OutreachQuota(footprintId, year, sessionCount));
        } else {
            quota.setSessions(sessionCount);
            quotas.saveAndFlush(quota);
        }
        audit.record(commissioner, AuditAction.OUTREACH_QUOTA_CHANGED, QUOTA, footprintId,
                year.label() + " " + sessionCount);
    }

    /** Positions of every footprint ({@code all}) or of those given, by name, in one statement. */
    private List<QuotaPosition> positions(boolean all, Collection<Long> ids, FinancialYear year) {
        return quotas.positions(all, ids, year.startYear()).stream()
                .map(row -> QuotaPosition.of(((Number) row[0]).longValue(), (String) row[1], year,
                        row[2] == null ? null : ((Number) row[2]).intValue(), ((Number) row[3]).intValue(),
                        ((Number) row[4]).intValue()))
                .toList();
    }

    // --- scope and views

    private OutreachRequest scoped(Viewer viewer, long id) {
        OutreachRequest r = requests.findById(id).orElseThrow(() -> new NoSuchElementException("No such request"));
        boolean school = viewer.is(Role.SENCO) && viewer.settingId() == r.getSettingId();
        boolean provider = viewer.is(Role.OUTREACH) && viewer.settingId() == r.getProviderSettingId();
        if (!school && !provider) {
            throw notFound(viewer, id);
        }
        return r;
    }

    private OutreachRequest providerScoped(Viewer outreach, long id, int version) {
        OutreachRequest r = scoped(outreach, id);
        if (!outreach.is(Role.OUTREACH)) {
            throw notFound(outreach, id);
        }
        if (r.getVersion() != version) {
            throw new OptimisticLockingFailureException("Changed by someone else since the page was opened");
        }
        return r;
    }

    private NoSuchElementException notFound(Viewer viewer, long id) {
        audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, REQUEST, id,
                "outside scope");
        return new NoSuchElementException("No such request");
    }

    private void requireRole(Viewer viewer, Role role) {
        if (!viewer.is(role)) {
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, REQUEST, null,
                    "outreach is not for " + viewer.role());
            throw new NoSuchElementException("Not for this role");
        }
    }

    private Page<OutreachSummary> summaries(Page<OutreachRequest> page) {
        Map<Long, String> names = new HashMap<>();
        page.forEach(r -> Stream.of(r.getSettingId(), r.getProviderSettingId())
                .forEach(id -> names.computeIfAbsent(id, k -> reference.settingView(k).name())));
        return page.map(r -> new OutreachSummary(r.getId(), names.get(r.getSettingId()),
                names.get(r.getProviderSettingId()), r.getFinancialYear(), r.getSessions(), r.getSessionsDelivered(),
                r.getStatus(), r.getRequestedOn()));
    }

    private OutreachRequestView view(OutreachRequest r) {
        List<OutreachRequestView.Session> delivered = sessions.findByRequestIdOrderByDeliveredOnAscIdAsc(r.getId())
                .stream().map(s -> new OutreachRequestView.Session(s.getDeliveredOn(), s.getOutcome())).toList();
        return new OutreachRequestView(r.getId(), reference.settingView(r.getSettingId()).name(),
                reference.settingView(r.getProviderSettingId()).name(), r.getFootprintId(), r.getFinancialYear(),
                r.getNeed(), r.getSupportWanted(), r.getSessions(), r.getStatus(), r.getRequestedOn(),
                r.getAnsweredOn(), r.getDeclineReason(), delivered, r.getVersion());
    }
}
