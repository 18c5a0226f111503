package uk.send.commissioning.oap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import uk.send.domain.reference.SettingView;
import uk.send.domain.reference.ReferenceData;

/**
 * The council's view of the self-assessments: by footprint (schools expected, submitted, not yet submitted, and the
 * submitted answers by area of need with the share met) and by school, paged. Only submitted self-assessments are
 * counted; a school's draft is its own. Commissioners see the whole area, caseworkers the schools in their footprints
 * (a school elsewhere is not found, and the refusal audited). Counted in SQL.
 */
@Service
public class OapResults {

    /** The schools expected to self-assess: open mainstream schools, and any other setting that did. */
    private static final String EXPECTED = """
            ((s.open and s.type in ('MAINSTREAM_MAINTAINED', 'MAINSTREAM_ACADEMY'))
             or exists (select 1 from oap_self_assessment x where x.setting_id = s.id and x.academic_year = :year))""";

    private final JdbcClient jdbc;
    private final SelfAssessments assessments;
    private final ReferenceData reference;
    private final AuditLog audit;

    OapResults(JdbcClient jdbc, SelfAssessments assessments, ReferenceData reference, AuditLog audit) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.reference = reference;
        this.audit = audit;
    }

    /** The footprints a viewer sees: every one for a commissioner, their own for a caseworker. */
    private static String scope(Viewer viewer) {
        if (viewer.role() == Role.COMMISSIONER) {
            return "true";
        }
        if (viewer.role() == Role.CASEWORKER) {
            return viewer.footprintIds().isEmpty() ? "false" : "s.footprint_id in (:footprints)";
        }
        throw new NotInScopeException(SelfAssessments.ENTITY);
    }

    private static Set<Long> footprints(Viewer viewer) {
        return viewer.footprintIds().isEmpty() ? Set.of(-1L) : viewer.footprintIds();
    }

    /** Each footprint in the viewer's scope, by name; two statements. */
    @Transactional(readOnly = true)
    public List<FootprintResult> byFootprint(Viewer viewer, AcademicYear year) {
        String scope = scope(viewer);
        record Head(long id, String name, long schools, long submitted) {
        }
        List<Head> heads = jdbc.sql("""
                        select f.id, f.name,
                               count(s.id) as schools,
                               count(a.id) filter (where a.submitted_on is not null) as submitted
                        from footprint f
                        left join setting s on s.footprint_id = f.id and %1$s
                        left join oap_self_assessment a on a.setting_id = s.id and a.academic_year = :year
                        where %2$s
                        group by f.id, f.name order by f.name""".formatted(EXPECTED, scope.replace("s.footprint_id", "f.id")))
                .param("year", year.startYear()).param("footprints", footprints(viewer))
                .query((rs, n) -> new Head(rs.getLong("id"), rs.getString("name"), rs.getLong("schools"),
                        rs.getLong("submitted")))
                .list();
        Map<Long, Map<AreaOfNeed, Tally>> tallies = new HashMap<>();
        jdbc.sql("""
                        select s.footprint_id, v.area, ans.rating, count(*) as answers
                        from oap_self_assessment a
                        join setting s on s.id = a.setting_id
                        join oap_answer ans on ans.self_assessment_id = a.id
                        join oap_standard_version v on v.standard_id = ans.standard_id and v.version = ans.standard_version
                        where a.academic_year = :year and a.submitted_on is not null and %s
                        group by s.footprint_id, v.area, ans.rating""".formatted(scope))
                .param("year", year.startYear()).param("footprints", footprints(viewer))
                .query(rs -> {
                    Map<AreaOfNeed, Tally> areas = tallies.computeIfAbsent(rs.getLong("footprint_id"),
                            k -> new EnumMap<>(AreaOfNeed.class));
                    AreaOfNeed area = AreaOfNeed.valueOf(rs.getString("area"));
                    areas.put(area, areas.getOrDefault(area, Tally.NONE).with(Rating.valueOf(rs.getString("rating")),
                            rs.getLong("answers")));
                });
        List<FootprintResult> results = new ArrayList<>();
        for (Head head : heads) {
            results.add(new FootprintResult(head.id(), head.name(), head.schools(), head.submitted(),
                    tallies.getOrDefault(head.id(), Map.of())));
        }
        return results;
    }

    /**
     * The schools in the viewer's scope, by name, paged in the database: optionally one footprint's, and optionally
     * only those that have (or have not) submitted.
     */
    @Transactional(readOnly = true)
    public Page<SchoolResult> bySchool(Viewer viewer, AcademicYear year, Long footprintId, Boolean submitted,
                                       Pageable pageable) {
        String scope = scope(viewer);
        String where = EXPECTED + " and " + scope
                + (footprintId == null ? "" : " and s.footprint_id = :footprint")
                + (submitted == null ? "" : submitted ? " and a.submitted_on is not null" : " and a.submitted_on is null");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("year", year.startYear());
        params.put("footprints", footprints(viewer));
        params.put("footprint", footprintId == null ? -1L : footprintId);
        long total = jdbc.sql("""
                        select count(*) from setting s
                        left join oap_self_assessment a on a.setting_id = s.id and a.academic_year = :year
                        where %s""".formatted(where))
                .params(params).query(Long.class).single();
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<SchoolResult> rows = jdbc.sql("""
                        select s.id, s.name, f.name as footprint, a.id as assessment, a.submitted_on,
                               count(ans.rating) filter (where ans.rating = 'MET') as met,
                               count(ans.rating) filter (where ans.rating = 'PARTLY_MET') as partly,
                               count(ans.rating) filter (where ans.rating = 'NOT_MET') as not_met
                        from setting s
                        join footprint f on f.id = s.footprint_id
                        left join oap_self_assessment a on a.setting_id = s.id and a.academic_year = :year
                        left join oap_answer ans on ans.self_assessment_id = a.id and a.submitted_on is not null
                        where %s
                        group by s.id, s.name, f.name, a.id, a.submitted_on
                        order by s.name, s.id limit :limit offset :offset""".formatted(where))
                .params(params)
                .query((rs, n) -> {
                    LocalDate on = rs.getObject("submitted_on", LocalDate.class);
                    SchoolResult.Status status = on != null ? SchoolResult.Status.SUBMITTED
                            : rs.getObject("assessment") != null ? SchoolResult.Status.IN_PROGRESS
                            : SchoolResult.Status.NOT_STARTED;
                    return new SchoolResult(rs.getLong("id"), rs.getString("name"), rs.getString("footprint"), status, on,
                            new Tally(rs.getLong("met"), rs.getLong("partly"), rs.getLong("not_met")));
                })
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /**
     * One school's self-assessment for a year, as the council sees it: the submitted answers, or none while the
     * school has not submitted. A school outside a caseworker's footprints is not found, and the refusal audited.
     */
    @Transactional(readOnly = true)
    public SelfAssessmentView school(Viewer viewer, long settingId, AcademicYear year) {
        scope(viewer);
        SettingView setting = reference.settingView(settingId);
        if (viewer.role() == Role.CASEWORKER && !viewer.footprintIds().contains(setting.footprintId())) {
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, "SETTING", settingId,
                    "self-assessment");
            throw new NotInScopeException("SETTING");
        }
        if (year.startYear() > assessments.currentYear().startYear()) {
            throw new java.util.NoSuchElementException("No self-assessment for a year to come");
        }
        SelfAssessmentView view = assessments.view(settingId, year);
        if (!view.submitted()) {
            return new SelfAssessmentView(view.settingId(), view.settingName(), year, null, null, null, false, 0, List.of());
        }
        return view;
    }
}
