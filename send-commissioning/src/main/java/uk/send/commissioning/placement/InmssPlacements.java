package uk.send.commissioning.placement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.reference.Money;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;

/**
 * The INMSS placement register. Commissioners record placements (identified by reference; the child's record is
 * the caseworker's, out of the commissioner's scope), decide them and record their reviews; every change is
 * audited. Lists and the dashboard are computed in SQL.
 */
@Service
@EnableConfigurationProperties(ExceptionalityCriteria.class)
public class InmssPlacements {

    /** Placements running on a day: approved, started by then and not past their planned end. */
    private static final String RUNNING = "p.status = 'APPROVED' and p.start_date <= :today and p.planned_end_date >= :today";
    private static final int PAGE_SIZE = 25;

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final ExceptionalityCriteria criteria;
    private final AuditLog audit;
    private final Clock clock;

    InmssPlacements(JdbcClient jdbc, ReferenceData reference, ExceptionalityCriteria criteria, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.criteria = criteria;
        this.audit = audit;
        this.clock = clock;
    }

    /** The council's criteria, in order (position 1 first). */
    public List<String> criteria() {
        return criteria.criteria();
    }

    /** The settings a placement may be at: the independent and non-maintained special schools. */
    @Transactional(readOnly = true)
    public List<SettingView> settings() {
        return reference.allSettings().stream().filter(s -> s.type() == SettingType.INMSS).toList();
    }

    /** Records a proposed placement, checked against its rules; answers the new placement's id. */
    @Transactional
    public long record(Viewer viewer, NewPlacement placement) {
        requireCommissioner(viewer);
        check(placement);
        long id = jdbc.sql("""
                        with n as (select nextval(pg_get_serial_sequence('inmss_placement', 'id')) as id)
                        insert into inmss_placement (id, reference, setting_id, footprint_id, primary_need, start_date,
                               planned_end_date, annual_cost_pence, education_share, social_care_share, health_share,
                               expected_duration_months, agreed_outcomes, transfer_point, transfer_to, status,
                               recorded_by_id, recorded_by)
                        select n.id, 'INMSS-' || lpad(n.id::text, 5, '0'), :setting, :footprint, :need, :start, :end,
                               :cost, :education, :socialCare, :health, :months, :outcomes, :transfer, :transferTo,
                               'PROPOSED', :actorId, :actor
                        from n returning id""")
                .param("setting", placement.settingId()).param("footprint", placement.footprintId())
                .param("need", placement.primaryNeed().name()).param("start", Date.valueOf(placement.start()))
                .param("end", Date.valueOf(placement.plannedEnd())).param("cost", placement.annualCost().pence())
                .param("education", placement.funding().education()).param("socialCare", placement.funding().socialCare())
                .param("health", placement.funding().health()).param("months", placement.expectedDurationMonths())
                .param("outcomes", placement.agreedOutcomes().strip())
                .param("transfer", Date.valueOf(placement.transferPoint()))
                .param("transferTo", placement.transferTo().strip())
                .param("actorId", viewer.userId()).param("actor", viewer.email())
                .query(Long.class).single();
        List<String> worded = criteria.criteria();
        for (CriterionAnswer answer : placement.answers()) {
            jdbc.sql("""
                            insert into inmss_criterion_answer (placement_id, position, criterion, met, evidence)
                            values (:id, :position, :criterion, :met, :evidence)""")
                    .param("id", id).param("position", answer.position())
                    .param("criterion", worded.get(answer.position() - 1)).param("met", answer.met())
                    .param("evidence", answer.evidence().strip()).update();
        }
        audit.record(viewer, AuditAction.INMSS_PLACEMENT_RECORDED, "inmss_placement", id);
        return id;
    }

    private void check(NewPlacement p) {
        if (!settings().stream().anyMatch(s -> s.id() == p.settingId())) {
            throw new PlacementRefusal(PlacementRefusal.Field.SETTING, "inmss.refusal.setting");
        }
        if (reference.footprints().stream().noneMatch(f -> f.id() == p.footprintId())) {
            throw new PlacementRefusal(PlacementRefusal.Field.FOOTPRINT, "inmss.refusal.footprint");
        }
        if (!p.plannedEnd().isAfter(p.start())) {
            throw new PlacementRefusal(PlacementRefusal.Field.PLANNED_END, "inmss.refusal.endBeforeStart");
        }
        if (p.annualCost().pence() <= 0) {
            throw new PlacementRefusal(PlacementRefusal.Field.COST, "inmss.refusal.cost");
        }
        if (p.expectedDurationMonths() < 1 || p.expectedDurationMonths() > 300) {
            throw new PlacementRefusal(PlacementRefusal.Field.DURATION, "inmss.refusal.duration");
        }
        if (p.agreedOutcomes() == null || p.agreedOutcomes().isBlank() || p.agreedOutcomes().length() > NewPlacement.OUTCOMES_MAX) {
            throw new PlacementRefusal(PlacementRefusal.Field.OUTCOMES, "inmss.refusal.outcomes");
        }
        if (!p.transferPoint().isAfter(p.start()) || p.transferPoint().isAfter(p.plannedEnd())) {
            throw new PlacementRefusal(PlacementRefusal.Field.TRANSFER_POINT, "inmss.refusal.transferPoint");
        }
        if (p.transferTo() == null || p.transferTo().isBlank() || p.transferTo().length() > NewPlacement.TRANSFER_TO_MAX) {
            throw new PlacementRefusal(PlacementRefusal.Field.TRANSFER_TO, "inmss.refusal.transferTo");
        }
        int n = criteria.criteria().size();
        for (int position = 1; position <= n; position++) {
            int at = position;
            CriterionAnswer answer = p.answers().stream().filter(a -> a.position() == at).findFirst().orElse(null);
            if (answer == null || !answer.hasEvidence() || answer.evidence().length() > NewPlacement.EVIDENCE_MAX) {
                throw new PlacementRefusal(PlacementRefusal.Field.CRITERIA, "inmss.refusal.evidence", at);
            }
        }
        if (p.answers().size() != n) {
            throw new PlacementRefusal(PlacementRefusal.Field.CRITERIA, "inmss.refusal.evidence", n + 1);
        }
    }

    /** Approves or refuses a proposed placement at the version the page showed; kept with who decided. */
    @Transactional
    public void decide(Viewer viewer, long id, int version, PlacementDecision decision) {
        requireCommissioner(viewer);
        PlacementView placement = view(id);
        if (placement.status() != PlacementStatus.PROPOSED) {
            throw new PlacementRefusal(PlacementRefusal.Field.DECISION, "inmss.refusal.alreadyDecided");
        }
        LocalDate today = LocalDate.now(clock);
        if (decision.decidedOn().isAfter(today)) {
            throw new PlacementRefusal(PlacementRefusal.Field.DECISION, "inmss.refusal.decidedInFuture");
        }
        String note = decision.note() == null || decision.note().isBlank() ? null : decision.note().strip();
        if (note != null && note.length() > PlacementDecision.NOTE_MAX) {
            throw new PlacementRefusal(PlacementRefusal.Field.NOTE, "inmss.refusal.noteTooLong");
        }
        if (decision.approve()) {
            ApprovalRule.requireApprovable(placement.answers().stream()
                    .map(a -> new CriterionAnswer(a.position(), a.met(), a.evidence())).toList(), placement.answers().size());
        } else if (note == null) {
            throw new PlacementRefusal(PlacementRefusal.Field.NOTE, "inmss.refusal.noteRequired");
        }
        int updated = jdbc.sql("""
                        update inmss_placement set status = :status, decided_on = :on, decided_by_id = :actorId,
                               decided_by = :actor, decision_note = :note, version = version + 1
                        where id = :id and version = :version""")
                .param("status", (decision.approve() ? PlacementStatus.APPROVED : PlacementStatus.REFUSED).name())
                .param("on", Date.valueOf(decision.decidedOn())).param("actorId", viewer.userId())
                .param("actor", viewer.email()).param("note", note).param("id", id).param("version", version).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("The placement was changed since the page was opened");
        }
        audit.record(viewer, decision.approve() ? AuditAction.INMSS_PLACEMENT_APPROVED : AuditAction.INMSS_PLACEMENT_REFUSED,
                "inmss_placement", id);
    }

    /** Records a review of an approved placement on a day (not in the future, not before the last one). */
    @Transactional
    public void review(Viewer viewer, long id, int version, LocalDate reviewedOn) {
        requireCommissioner(viewer);
        PlacementView placement = view(id);
        if (placement.status() != PlacementStatus.APPROVED) {
            throw new PlacementRefusal(PlacementRefusal.Field.REVIEWED_ON, "inmss.refusal.reviewNotApproved");
        }
        if (reviewedOn.isAfter(LocalDate.now(clock))) {
            throw new PlacementRefusal(PlacementRefusal.Field.REVIEWED_ON, "inmss.refusal.reviewInFuture");
        }
        LocalDate earliest = placement.lastReviewedOn() != null ? placement.lastReviewedOn() : placement.start();
        if (reviewedOn.isBefore(earliest)) {
            throw new PlacementRefusal(PlacementRefusal.Field.REVIEWED_ON, "inmss.refusal.reviewTooEarly", earliest);
        }
        int updated = jdbc.sql("""
                        update inmss_placement set last_reviewed_on = :on, version = version + 1
                        where id = :id and version = :version""")
                .param("on", Date.valueOf(reviewedOn)).param("id", id).param("version", version).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("The placement was changed since the page was opened");
        }
        audit.record(viewer, AuditAction.INMSS_PLACEMENT_REVIEWED, "inmss_placement", id);
    }

    /** One placement by id; an unknown id is {@link NoSuchElementException}. */
    @Transactional(readOnly = true)
    public PlacementView view(long id) {
        List<PlacementView.Answer> answers = jdbc.sql("""
                        select position, criterion, met, evidence from inmss_criterion_answer
                        where placement_id = :id order by position""")
                .param("id", id)
                .query((rs, n) -> new PlacementView.Answer(rs.getInt("position"), rs.getString("criterion"),
                        rs.getBoolean("met"), rs.getString("evidence")))
                .list();
        return jdbc.sql("""
                        select p.*, s.name as setting_name, f.name as footprint_name
                        from inmss_placement p join setting s on s.id = p.setting_id
                        join footprint f on f.id = p.footprint_id where p.id = :id""")
                .param("id", id)
                .query((rs, n) -> new PlacementView(rs.getLong("id"), rs.getString("reference"),
                        rs.getString("setting_name"), rs.getString("footprint_name"),
                        NeedCode.valueOf(rs.getString("primary_need")), date(rs, "start_date"),
                        date(rs, "planned_end_date"), Money.ofPence(rs.getLong("annual_cost_pence")),
                        new JointFunding(rs.getInt("education_share"), rs.getInt("social_care_share"), rs.getInt("health_share")),
                        rs.getInt("expected_duration_months"), rs.getString("agreed_outcomes"),
                        date(rs, "transfer_point"), rs.getString("transfer_to"),
                        PlacementStatus.valueOf(rs.getString("status")), date(rs, "decided_on"),
                        rs.getString("decided_by"), rs.getString("decision_note"), date(rs, "last_reviewed_on"),
                        rs.getString("recorded_by"), answers, rs.getInt("version")))
                .optional().orElseThrow(() -> new NoSuchElementException("No such placement"));
    }

    /** A page of the register (newest first), optionally of one status, with the number of placements in all. */
    public record Register(List<RegisterRow> rows, long total, int page, int pageSize) {
    }

    @Transactional(readOnly = true)
    public Register register(PlacementStatus status, int page) {
        int shown = Math.max(page, 0);
        Map<String, Object> params = new HashMap<>();
        String where = "true";
        if (status != null) {
            where = "p.status = :status";
            params.put("status", status.name());
        }
        params.put("limit", PAGE_SIZE);
        params.put("offset", (long) shown * PAGE_SIZE);
        long[] total = {0};
        List<RegisterRow> rows = new java.util.ArrayList<>();
        jdbc.sql("""
                        select p.id, p.reference, s.name as setting_name, f.name as footprint_name, p.primary_need,
                               p.start_date, p.planned_end_date, p.annual_cost_pence, p.status, count(*) over () as total
                        from inmss_placement p join setting s on s.id = p.setting_id
                        join footprint f on f.id = p.footprint_id
                        where %s order by p.id desc limit :limit offset :offset""".formatted(where))
                .params(params)
                .query(rs -> {
                    total[0] = rs.getLong("total");
                    rows.add(new RegisterRow(rs.getLong("id"), rs.getString("reference"), rs.getString("setting_name"),
                            rs.getString("footprint_name"), NeedCode.valueOf(rs.getString("primary_need")),
                            date(rs, "start_date"), date(rs, "planned_end_date"),
                            Money.ofPence(rs.getLong("annual_cost_pence")), PlacementStatus.valueOf(rs.getString("status"))));
                });
        if (rows.isEmpty() && shown > 0) {
            total[0] = jdbc.sql("select count(*) from inmss_placement p where " + where).params(params).query(Long.class).single();
        }
        return new Register(rows, total[0], shown, PAGE_SIZE);
    }

    /** The dashboard as at today: three statements. */
    @Transactional(readOnly = true)
    public InmssDashboard dashboard() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> params = Map.of("today", Date.valueOf(today), "yearAhead", Date.valueOf(today.plusYears(1)),
                "yearAgo", Date.valueOf(today.minusYears(1)));
        List<InmssDashboard.CostLine> lines = new java.util.ArrayList<>();
        InmssDashboard.CostLine[] total = {new InmssDashboard.CostLine(null, null, 0, Money.ZERO, Money.ZERO)};
        jdbc.sql("""
                        select grouping(f.name, p.primary_need) as g, f.name as footprint_name, p.primary_need,
                               count(*) as placements, sum(p.annual_cost_pence) as total,
                               round(avg(p.annual_cost_pence)) as average
                        from inmss_placement p join footprint f on f.id = p.footprint_id
                        where %s
                        group by grouping sets ((f.name, p.primary_need), ())
                        order by grouping(f.name, p.primary_need), f.name, p.primary_need""".formatted(RUNNING))
                .params(params)
                .query(rs -> {
                    InmssDashboard.CostLine line = new InmssDashboard.CostLine(rs.getString("footprint_name"),
                            rs.getString("primary_need") == null ? null : NeedCode.valueOf(rs.getString("primary_need")),
                            rs.getLong("placements"), Money.ofPence(rs.getLong("total")), Money.ofPence(rs.getLong("average")));
                    if (rs.getInt("g") == 0) {
                        lines.add(line);
                    } else {
                        total[0] = line;
                    }
                });
        List<InmssDashboard.Due> transfers = jdbc.sql("""
                        select p.id, p.reference, s.name as setting_name, p.transfer_point as due, p.transfer_to
                        from inmss_placement p join setting s on s.id = p.setting_id
                        where p.status = 'APPROVED' and p.transfer_point between :today and :yearAhead
                        order by p.transfer_point, p.id""")
                .params(params).query((rs, n) -> due(rs)).list();
        List<InmssDashboard.Due> reviews = jdbc.sql("""
                        select p.id, p.reference, s.name as setting_name,
                               coalesce(p.last_reviewed_on, p.start_date) as due, p.transfer_to
                        from inmss_placement p join setting s on s.id = p.setting_id
                        where %s and coalesce(p.last_reviewed_on, p.start_date) < :yearAgo
                        order by coalesce(p.last_reviewed_on, p.start_date), p.id""".formatted(RUNNING))
                .params(params).query((rs, n) -> due(rs)).list();
        return new InmssDashboard(today, List.copyOf(lines), total[0], transfers, reviews);
    }

    private static InmssDashboard.Due due(ResultSet rs) throws SQLException {
        return new InmssDashboard.Due(rs.getLong("id"), rs.getString("reference"), rs.getString("setting_name"),
                date(rs, "due"), rs.getString("transfer_to"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static void requireCommissioner(Viewer viewer) {
        if (viewer.role() != Role.COMMISSIONER) {
            throw new uk.send.domain.access.NotInScopeException("inmss_placement");
        }
    }
}
