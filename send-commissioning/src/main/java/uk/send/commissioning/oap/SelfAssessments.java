package uk.send.commissioning.oap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.reference.ReferenceData;

/**
 * A school's self-assessment against the standards, once per academic year: its SENCO answers each standard in
 * force (met, partly met or not met, the evidence, and the action where it is not met) and may change the answers
 * until the year's self-assessment is submitted; every year's is kept. A SENCO reads and writes only their own
 * setting's, and only this academic year's is open.
 */
@Service
public class SelfAssessments {

    /** The columns' sizes (V39). */
    public static final int MAX_TEXT = 2000;
    static final String ENTITY = "OAP_SELF_ASSESSMENT";

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final Clock clock;

    SelfAssessments(JdbcClient jdbc, ReferenceData reference, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** The academic year containing today: the one schools answer for. */
    public AcademicYear currentYear() {
        return AcademicYear.containing(LocalDate.now(clock));
    }

    private static long settingOf(Viewer senco) {
        if (senco.role() != Role.SENCO || senco.settingId() == null) {
            throw new NotInScopeException(ENTITY);
        }
        return senco.settingId();
    }

    /** The SENCO's school's self-assessment for a year up to this one; a later year does not exist yet. */
    @Transactional(readOnly = true)
    public SelfAssessmentView year(Viewer senco, AcademicYear year) {
        long setting = settingOf(senco);
        if (year.startYear() > currentYear().startYear()) {
            throw new NoSuchElementException("No self-assessment for a year to come");
        }
        return view(setting, year);
    }

    /** Every year the school has a self-assessment for, and this year's even if not started, newest first. */
    @Transactional(readOnly = true)
    public List<YearSummary> history(Viewer senco) {
        long setting = settingOf(senco);
        AcademicYear current = currentYear();
        List<YearSummary> years = new ArrayList<>(jdbc.sql("""
                        select s.academic_year, s.submitted_on,
                               count(a.rating) filter (where a.rating = 'MET') as met,
                               count(a.rating) filter (where a.rating = 'PARTLY_MET') as partly,
                               count(a.rating) filter (where a.rating = 'NOT_MET') as not_met
                        from oap_self_assessment s left join oap_answer a on a.self_assessment_id = s.id
                        where s.setting_id = :setting
                        group by s.id, s.academic_year, s.submitted_on
                        order by s.academic_year desc""")
                .param("setting", setting)
                .query((rs, n) -> new YearSummary(new AcademicYear(rs.getInt("academic_year")), true,
                        rs.getObject("submitted_on", LocalDate.class),
                        new Tally(rs.getLong("met"), rs.getLong("partly"), rs.getLong("not_met"))))
                .list());
        if (years.stream().noneMatch(y -> y.year().equals(current))) {
            years.add(0, new YearSummary(current, false, null, Tally.NONE));
        }
        return years;
    }

    /** One standard in force and this year's answer to it; a retired or unknown standard is not found. */
    @Transactional(readOnly = true)
    public StandardAnswer standard(Viewer senco, long standardId) {
        long setting = settingOf(senco);
        SelfAssessmentView view = view(setting, currentYear());
        StandardView standard = inForce(standardId);
        SelfAssessmentView.Item item = view.areas().stream().flatMap(a -> a.items().stream())
                .filter(i -> i.standardId() == standardId).findFirst().orElse(null);
        return new StandardAnswer(standard, item == null ? null : item.rating(), item == null ? null : item.evidence(),
                item == null ? null : item.action(), view.editable());
    }

    private StandardView inForce(long standardId) {
        return jdbc.sql("select id, area, wording, retired_on, version from oap_standard where id = :id and retired_on is null")
                .param("id", standardId)
                .query((rs, n) -> new StandardView(rs.getLong("id"), AreaOfNeed.valueOf(rs.getString("area")),
                        rs.getString("wording"), null, rs.getInt("version")))
                .optional().orElseThrow(() -> new NoSuchElementException("No such standard in force"));
    }

    /**
     * This year's answer to one standard, replacing any before. The year's self-assessment is started by its first
     * answer. Refused once submitted.
     */
    @Transactional
    public void answer(Viewer senco, long standardId, Rating rating, String evidence, String action) {
        long setting = settingOf(senco);
        StandardView standard = inForce(standardId);
        if (rating == null) {
            throw new OapRefusal(OapRefusal.Field.RATING, "oap.error.rating", "Choose met, partly met or not met");
        }
        String evidenceText = text(evidence, OapRefusal.Field.EVIDENCE);
        String actionText = text(action, OapRefusal.Field.ACTION);
        if (rating != Rating.MET && actionText == null) {
            throw new OapRefusal(OapRefusal.Field.ACTION, "oap.error.action", "Say what the school will do");
        }
        AcademicYear year = currentYear();
        jdbc.sql("""
                        insert into oap_self_assessment (setting_id, academic_year, updated_by) values (:setting, :year, :actor)
                        on conflict (setting_id, academic_year) do nothing""")
                .param("setting", setting).param("year", year.startYear()).param("actor", senco.email()).update();
        // the row is locked while the answer is written, so a submission cannot pass between the check and the write
        var open = jdbc.sql("""
                        select id, submitted_on from oap_self_assessment where setting_id = :setting and academic_year = :year
                        for update""")
                .param("setting", setting).param("year", year.startYear())
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getObject("submitted_on") == null ? 0 : 1}).single();
        if (open[1] == 1) {
            throw new OapRefusal(OapRefusal.Field.SUBMIT, "oap.error.submitted", "Already submitted");
        }
        jdbc.sql("""
                        insert into oap_answer (self_assessment_id, standard_id, standard_version, rating, evidence, action, answered_by)
                        values (:sa, :standard, :version, :rating, :evidence, :action, :actor)
                        on conflict (self_assessment_id, standard_id) do update set standard_version = excluded.standard_version,
                            rating = excluded.rating, evidence = excluded.evidence, action = excluded.action,
                            answered_by = excluded.answered_by, answered_at = now()""")
                .param("sa", open[0]).param("standard", standardId).param("version", standard.version())
                .param("rating", rating.name()).param("evidence", evidenceText).param("action", actionText)
                .param("actor", senco.email()).update();
        jdbc.sql("""
                        update oap_self_assessment set updated_by = :actor, updated_at = now(), version = version + 1
                        where id = :sa""")
                .param("actor", senco.email()).param("sa", open[0]).update();
    }

    /**
     * Submits this year's self-assessment: every standard in force answered, at the version the page was opened at.
     * Answers to standards retired since they were given are dropped; the rest are kept as they are.
     */
    @Transactional
    public void submit(Viewer senco, int version) {
        long setting = settingOf(senco);
        AcademicYear year = currentYear();
        SelfAssessmentView view = view(setting, year);
        if (view.id() == null || view.answered() < view.standards()) {
            long left = view.standards() - view.answered();
            throw new OapRefusal(OapRefusal.Field.SUBMIT, "oap.error.unanswered", left + " standards not answered", left);
        }
        if (view.submitted()) {
            throw new OapRefusal(OapRefusal.Field.SUBMIT, "oap.error.submitted", "Already submitted");
        }
        int updated = jdbc.sql("""
                        update oap_self_assessment set submitted_on = :today, submitted_by = :actor, updated_by = :actor,
                               updated_at = now(), version = version + 1
                        where id = :id and version = :version and submitted_on is null""")
                .param("today", LocalDate.now(clock)).param("actor", senco.email()).param("id", view.id())
                .param("version", version).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("The self-assessment was changed since the page was opened");
        }
        jdbc.sql("""
                        delete from oap_answer a using oap_standard s
                        where a.self_assessment_id = :id and s.id = a.standard_id and s.retired_on is not null""")
                .param("id", view.id()).update();
        audit.record(senco, AuditAction.OAP_SELF_ASSESSMENT_SUBMITTED, ENTITY, view.id(), year.label());
    }

    private static String text(String value, OapRefusal.Field field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw new OapRefusal(field, "oap.error.textLength", "Too long", MAX_TEXT);
        }
        return text;
    }

    /** A school's self-assessment for a year, however it stands (the caller has checked scope). */
    SelfAssessmentView view(long settingId, AcademicYear year) {
        String settingName = reference.settingView(settingId).name();
        record Head(long id, LocalDate submittedOn, String submittedBy, int version) {
        }
        Head head = jdbc.sql("""
                        select id, submitted_on, submitted_by, version from oap_self_assessment
                        where setting_id = :setting and academic_year = :year""")
                .param("setting", settingId).param("year", year.startYear())
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getObject("submitted_on", LocalDate.class),
                        rs.getString("submitted_by"), rs.getInt("version")))
                .optional().orElse(null);
        boolean editable = year.equals(currentYear()) && (head == null || head.submittedOn() == null);
        List<Object[]> rows;
        if (editable) {
            rows = jdbc.sql("""
                            select s.id, s.area, s.wording, a.rating, a.evidence, a.action
                            from oap_standard s
                            left join oap_answer a on a.standard_id = s.id and a.self_assessment_id = :sa
                            where s.retired_on is null order by s.id""")
                    .param("sa", head == null ? -1L : head.id()).query(SelfAssessments::row).list();
        } else if (head != null) {
            rows = jdbc.sql("""
                            select v.standard_id as id, v.area, v.wording, a.rating, a.evidence, a.action
                            from oap_answer a
                            join oap_standard_version v on v.standard_id = a.standard_id and v.version = a.standard_version
                            where a.self_assessment_id = :sa order by v.standard_id""")
                    .param("sa", head.id()).query(SelfAssessments::row).list();
        } else {
            rows = List.of();
        }
        Map<AreaOfNeed, List<SelfAssessmentView.Item>> byArea = new EnumMap<>(AreaOfNeed.class);
        for (AreaOfNeed area : AreaOfNeed.values()) {
            byArea.put(area, new ArrayList<>());
        }
        for (Object[] row : rows) {
            byArea.get((AreaOfNeed) row[0]).add((SelfAssessmentView.Item) row[1]);
        }
        List<SelfAssessmentView.Area> areas = new ArrayList<>();
        byArea.forEach((area, items) -> {
            if (!items.isEmpty()) {
                Tally tally = Tally.NONE;
                for (SelfAssessmentView.Item item : items) {
                    if (item.rating() != null) {
                        tally = tally.with(item.rating(), 1);
                    }
                }
                areas.add(new SelfAssessmentView.Area(area, items, tally));
            }
        });
        return new SelfAssessmentView(settingId, settingName, year, head == null ? null : head.id(),
                head == null ? null : head.submittedOn(), head == null ? null : head.submittedBy(), editable,
                head == null ? 0 : head.version(), areas);
    }

    private static Object[] row(ResultSet rs, int n) throws SQLException {
        String rating = rs.getString("rating");
        return new Object[] {AreaOfNeed.valueOf(rs.getString("area")), new SelfAssessmentView.Item(rs.getLong("id"),
                rs.getString("wording"), rating == null ? null : Rating.valueOf(rating), rs.getString("evidence"),
                rs.getString("action"))};
    }
}
