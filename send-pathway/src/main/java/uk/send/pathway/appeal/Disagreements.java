package uk.send.pathway.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.children.ChildCondition;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildRecord;
import uk.send.pathway.calendar.StatutoryCalendar;

/**
 * Mediation and tribunal appeals, for caseworkers: a disagreement opened from the child's record, each step
 * recorded, the page of one, the list of their footprints' appeals (filtered, ordered and paged in SQL) and
 * its CSV. Every read is scoped through {@link ChildDirectory}; an id out of scope is as unknown; every change
 * is audited.
 */
@Service
public class Disagreements {

    static final String ENTITY = "DISAGREEMENT";

    private final DisagreementRepository repository;
    private final ChildDirectory children;
    private final AuditLog audit;
    private final StatutoryCalendar calendar;
    private final Clock clock;
    private final JdbcClient jdbc;

    Disagreements(DisagreementRepository repository, ChildDirectory children, AuditLog audit,
                  StatutoryCalendar calendar, Clock clock, JdbcClient jdbc) {
        this.repository = repository;
        this.children = children;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Records that mediation was offered with a decision the family disagrees with; returns its id. */
    @Transactional
    public long open(Viewer viewer, long childId, AppealType type, LocalDate decisionOn, LocalDate offeredOn) {
        requireCaseworker(viewer);
        children.view(viewer, childId);
        Disagreement d = repository.save(Disagreement.open(childId, type, decisionOn, offeredOn, today(),
                viewer.email()));
        audit.record(viewer, AuditAction.DISAGREEMENT_RECORDED, ENTITY, d.getId(), "mediation offered " + type);
        return d.getId();
    }

    /** Takes a step, refusing a stale version (the page was read before another change). */
    @Transactional
    public void take(Viewer viewer, long id, int version, DisagreementCommand command) {
        Disagreement d = load(viewer, id);
        if (d.getVersion() != version) {
            throw new OptimisticLockingFailureException("The disagreement changed since the page was read");
        }
        d.take(command, today(), calendar);
        repository.save(d);
        audit.record(viewer, AuditAction.DISAGREEMENT_RECORDED, ENTITY, id, command.getClass().getSimpleName());
    }

    @Transactional
    public DisagreementView view(Viewer viewer, long id) {
        Disagreement d = load(viewer, id);
        ChildRecord child = children.view(viewer, d.getChildId());
        audit.record(viewer, AuditAction.DISAGREEMENT_VIEWED, ENTITY, id);
        return view(d, child.summary().fullName());
    }

    private DisagreementView view(Disagreement d, String childName) {
        List<DisagreementView.Step> open = new ArrayList<>();
        DisagreementStage stage = d.stage();
        if (stage == DisagreementStage.MEDIATION_OFFERED) {
            open.add(DisagreementView.Step.CERTIFICATE);
        }
        if (d.getRegisteredOn() == null && (d.getCertificateOn() != null || !d.getType().needsCertificate())) {
            open.add(DisagreementView.Step.APPEAL);
        }
        if (d.getRegisteredOn() != null && d.getOutcome() == null) {
            open.add(DisagreementView.Step.HEARING);
            open.add(DisagreementView.Step.OUTCOME);
        }
        return new DisagreementView(d.getId(), d.getChildId(), childName, d.getType(), d.getDecisionOn(),
                d.getMediationOfferedOn(), d.getCertificateOn(), d.getMediationOutcome(), d.getRegisteredOn(),
                d.getResponseDue(), d.getHearingOn(), d.getOutcome(), d.getOutcomeOn(), d.getCompliance(),
                d.getComplianceDue(), d.getCompliance() == null ? List.of()
                        : calendar.complianceSteps(d.getCompliance(), d.getOutcomeOn()),
                stage, List.copyOf(open), d.getVersion(), d.appealWindow(calendar));
    }

    /** One page of the appeals in the viewer's footprints and the number matching. */
    @Transactional(readOnly = true)
    public Page<DisagreementSummary> list(Viewer viewer, AppealFilter filter, AppealSort sort, Pageable pageable) {
        requireCaseworker(viewer);
        Map<String, Object> params = new HashMap<>();
        String from = from(viewer, filter, params);
        long total = jdbc.sql("select count(*) " + from).params(params).query(Long.class).single();
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<DisagreementSummary> rows = jdbc.sql(SELECT + from + " order by " + sort.orderBy()
                + " limit :limit offset :offset").params(params).query(this::summary).list();
        children.auditSearch(viewer, filter.query(), total);
        return new PageImpl<>(rows, pageable, total);
    }

    /** Every appeal {@link #list} would show, in the sort's order, handed on as the database returns them. */
    @Transactional(readOnly = true)
    public void each(Viewer viewer, AppealFilter filter, AppealSort sort, Consumer<DisagreementSummary> each) {
        requireCaseworker(viewer);
        Map<String, Object> params = new HashMap<>();
        String sql = SELECT + from(viewer, filter, params) + " order by " + sort.orderBy();
        long[] found = {0};
        try (Stream<DisagreementSummary> rows = jdbc.sql(sql).params(params).query(this::summary).stream()) {
            rows.forEach(r -> {
                found[0]++;
                each.accept(r);
            });
        }
        children.auditSearch(viewer, filter.query(), found[0]);
    }

    /**
     * A child's mediation and appeals, newest first, with their stage and next dates (the council's response,
     * the hearing, the compliance date): for the plan page and the family's case page. A caseworker (the child in
     * their footprints), a parent (their own child) and a young person with their own account (their own record: the
     * appeal is theirs to bring at 16 and over) see them; anyone else, or a child out of scope, sees none
     * (the page itself has already scoped the child). Not audited separately: the page's own view is.
     */
    @Transactional(readOnly = true)
    public List<DisagreementSummary> forChild(Viewer viewer, long childId) {
        if (!(viewer.is(Role.CASEWORKER) || viewer.isFamily())) {
            return List.of();
        }
        // the viewer's scope as a condition of the one statement (ChildScope), so a child out of scope has none
        ChildCondition scope = children.condition(viewer, null, null, "c");
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("child", childId);
        return jdbc.sql(SELECT + """
                         from disagreement d join child c on c.id = d.child_id join footprint f on f.id = c.home_footprint_id
                        where d.child_id = :child and (%s) order by d.mediation_offered_on desc, d.id desc"""
                        .formatted(scope.sql()))
                .params(params).query(this::summary).list();
    }

    /** How many disagreements in the viewer's footprints are open (not ended): for the caseload. */
    @Transactional(readOnly = true)
    public long countOpen(Viewer viewer) {
        requireCaseworker(viewer);
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) " + from(viewer, new AppealFilter(null, null, null, true), params))
                .params(params).query(Long.class).single();
    }

    private static final String SELECT = """
            select d.id, d.child_id, c.given_name, c.family_name, f.name as footprint_name, d.appeal_type,
                   d.mediation_offered_on, d.certificate_on, d.registered_on, d.response_due, d.hearing_on, d.outcome,
                   d.compliance_due, d.decision_on
            """;

    private String from(Viewer viewer, AppealFilter filter, Map<String, Object> params) {
        ChildCondition scope = children.condition(viewer, filter.query(), filter.footprintId(), "c");
        params.putAll(scope.params());
        List<String> where = new ArrayList<>(List.of("(" + scope.sql() + ")"));
        if (filter.type() != null) {
            where.add("d.appeal_type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.open() != null) {
            where.add(filter.open() ? "d.outcome is null" : "d.outcome is not null");
        }
        return " from disagreement d join child c on c.id = d.child_id join footprint f on f.id = c.home_footprint_id"
                + " where " + String.join(" and ", where);
    }

    private DisagreementSummary summary(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        LocalDate certificate = rs.getObject("certificate_on", LocalDate.class);
        LocalDate registered = rs.getObject("registered_on", LocalDate.class);
        LocalDate hearing = rs.getObject("hearing_on", LocalDate.class);
        DisagreementStage stage = outcome != null ? DisagreementStage.DECIDED
                : hearing != null ? DisagreementStage.HEARING_LISTED
                : registered != null ? DisagreementStage.APPEAL_REGISTERED
                : certificate != null ? DisagreementStage.CERTIFICATE_ISSUED : DisagreementStage.MEDIATION_OFFERED;
        return new DisagreementSummary(rs.getLong("id"), rs.getLong("child_id"), rs.getString("given_name"),
                rs.getString("family_name"), rs.getString("footprint_name"),
                AppealType.valueOf(rs.getString("appeal_type")), stage,
                rs.getObject("mediation_offered_on", LocalDate.class), registered,
                rs.getObject("response_due", LocalDate.class), hearing,
                outcome == null ? null : AppealOutcome.valueOf(outcome),
                rs.getObject("compliance_due", LocalDate.class),
                calendar.appealWindow(rs.getObject("decision_on", LocalDate.class), certificate).lastDay());
    }

    private Disagreement load(Viewer viewer, long id) {
        requireCaseworker(viewer);
        Disagreement d = repository.findById(id).orElseThrow(() -> new NoSuchElementException("No such disagreement"));
        if (!children.canSee(viewer, d.getChildId())) {
            // out of scope answers as unknown (404), and the refusal stays in the audit trail
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, ENTITY, id,
                    "outside scope of " + viewer.role());
            throw new NotInScopeException(ENTITY);
        }
        return d;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void requireCaseworker(Viewer viewer) {
        if (!viewer.is(Role.CASEWORKER)) {
            throw new NotInScopeException(ENTITY);
        }
    }
}
