package uk.send.commissioning.resourcebase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.pathway.statistics.PathwayStatistics;
import uk.send.pathway.statistics.PlacesTaken;

/** The places commissioned at resource bases, set by commissioners (audited), against the places plans occupy. */
@Service
public class ResourceBases {

    public static final int MAX_PLACES = 500;

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final PathwayStatistics statistics;
    private final AuditLog audit;
    private final Clock clock;

    ResourceBases(JdbcClient jdbc, ReferenceData reference, PathwayStatistics statistics, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.statistics = statistics;
        this.audit = audit;
        this.clock = clock;
    }

    /** The resource bases, by name. */
    @Transactional(readOnly = true)
    public List<SettingView> bases() {
        return reference.allSettings().stream().filter(s -> s.type() == SettingType.RESOURCE_BASE).toList();
    }

    /** Three statements: the bases, their commissioned places, and the plans naming them today. */
    @Transactional(readOnly = true)
    public Utilisation utilisation() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, SettingView> bases = bases().stream()
                .collect(Collectors.toMap(SettingView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        record Key(long settingId, NeedCode need) {
        }
        Map<Key, long[]> counts = new LinkedHashMap<>();
        jdbc.sql("select setting_id, primary_need, places from resource_base_places")
                .query(rs -> {
                    counts.computeIfAbsent(new Key(rs.getLong("setting_id"), NeedCode.valueOf(rs.getString("primary_need"))),
                            k -> new long[2])[0] = rs.getInt("places");
                });
        for (PlacesTaken taken : statistics.placesTaken(today, bases.keySet())) {
            counts.computeIfAbsent(new Key(taken.settingId(), taken.need()), k -> new long[2])[1] += taken.plans();
        }
        List<Utilisation.Line> lines = new ArrayList<>();
        counts.forEach((key, c) -> {
            SettingView base = bases.get(key.settingId());
            if (base != null) {
                lines.add(new Utilisation.Line(base.id(), base.name(), base.phase(), base.footprintName(), key.need(), c[0], c[1]));
            }
        });
        lines.sort(Comparator.comparing(Utilisation.Line::settingName)
                .thenComparing(l -> l.need() == null ? "~" : l.need().name()));
        return new Utilisation(today, List.copyOf(lines), lines.stream().mapToLong(Utilisation.Line::commissioned).sum(),
                lines.stream().mapToLong(Utilisation.Line::occupied).sum());
    }

    /** Sets the places commissioned at a resource base for one need (0 to 500), replacing any before. */
    @Transactional
    public void setPlaces(Viewer viewer, long settingId, NeedCode need, int places) {
        if (viewer.role() != Role.COMMISSIONER) {
            throw new NotInScopeException("resource_base_places");
        }
        Objects.requireNonNull(need, "need is required");
        if (bases().stream().noneMatch(b -> b.id() == settingId)) {
            throw new IllegalArgumentException("not a resource base");
        }
        if (places < 0 || places > MAX_PLACES) {
            throw new IllegalArgumentException("places must be from 0 to " + MAX_PLACES);
        }
        jdbc.sql("""
                        insert into resource_base_places (setting_id, primary_need, places, updated_by_id, updated_by)
                        values (:setting, :need, :places, :actorId, :actor)
                        on conflict (setting_id, primary_need) do update set places = excluded.places,
                               updated_by_id = excluded.updated_by_id, updated_by = excluded.updated_by,
                               updated_at = now(), version = resource_base_places.version + 1""")
                .param("setting", settingId).param("need", need.name()).param("places", places)
                .param("actorId", viewer.userId()).param("actor", viewer.email()).update();
        audit.record(viewer, AuditAction.RESOURCE_BASE_PLACES_SET, "setting", settingId, need.name() + "=" + places);
    }
}
