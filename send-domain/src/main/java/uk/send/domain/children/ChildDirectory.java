package uk.send.domain.children;

import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.access.internal.UserAccount;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.children.internal.Carer;
import uk.send.domain.children.internal.Child;
import uk.send.domain.children.internal.ChildRepository;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.NhsNumber;
import uk.send.domain.reference.Postcode;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.Upn;
import uk.send.domain.reference.internal.ReferenceEntities;
import uk.send.domain.reference.SenProvision;

/**
 * Children and young people, always read through the viewer's scope. Every record view, every
 * refusal and every change is audited.
 */
@Service
public class ChildDirectory {

    static final String ENTITY = "CHILD";
    /** Who the audit names for a change the service makes itself, following an event. */
    static final String SERVICE = "service";
    private static final Pattern UPN_LIKE = Pattern.compile("[A-Za-z][0-9]{11}[0-9A-Za-z]");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d-M-uuuu"));

    private static final int DUPLICATES_SHOWN = 20;
    private static final int MAX_MERGE_HOPS = 20;

    /** Lists sort by family name, then given name, then id so that pages are stable. */
    public static final Sort DEFAULT_SORT = Sort.by("familyName", "givenName", "id");

    /** Lists count their rows up to this many; past it they say "more than" and ask for a narrower search. */
    public static final int COUNT_CAP = 1000;

    private final ChildRepository children;
    private final AccountService accounts;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final ReferenceData reference;
    private final ReferenceEntities entities;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JdbcClient jdbc;

    private final ChildMigration migration;

    ChildDirectory(ChildRepository children, AccountService accounts, AuditLog audit, EntityManager entityManager,
                   ReferenceData reference, ReferenceEntities entities, ApplicationEventPublisher events, Clock clock,
                   JdbcClient jdbc, ChildMigration migration) {
        this.migration = migration;
        this.reference = reference;
        this.entities = entities;
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
        this.children = children;
        this.accounts = accounts;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /**
     * The children this viewer may see, matching a search by name, UPN or date of birth (d/m/yyyy),
     * optionally in one footprint, by family name, given name and id (the sort {@code child_list_name_idx}
     * serves). Two indexed statements whatever the council's size: the page, and a count that stops at
     * {@link #COUNT_CAP} + 1 (a total above the cap reads "more than"; pages stop at the cap: past it, search).
     */
    @Transactional(readOnly = true)
    public Page<ChildSummary> search(Viewer viewer, String query, Long footprintId, Pageable pageable) {
        ChildCondition where = condition(viewer, query, footprintId, "c");
        int size = pageable.isPaged() ? pageable.getPageSize() : COUNT_CAP;
        int index = pageable.isPaged() ? Math.min(pageable.getPageNumber(), Math.max(0, COUNT_CAP / size - 1)) : 0;
        List<ChildSummary> rows = jdbc.sql("""
                        select c.id, c.given_name, c.family_name, c.date_of_birth, c.upn, s.name as setting_name,
                               f.name as footprint_name, c.primary_need, c.sen_provision
                        from child c join footprint f on f.id = c.home_footprint_id left join setting s on s.id = c.setting_id
                        where %s
                        order by c.family_name, c.given_name, c.id
                        limit :child_limit offset :child_offset""".formatted(where.sql()))
                .params(where.params()).param("child_limit", size).param("child_offset", (long) index * size)
                .query((rs, n) -> new ChildSummary(rs.getLong("id"), rs.getString("given_name"), rs.getString("family_name"),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getString("upn"), rs.getString("setting_name"),
                        rs.getString("footprint_name"), code(rs.getString("primary_need"), NeedCode::valueOf),
                        SenProvision.fromCode(rs.getString("sen_provision"))))
                .list();
        long total = jdbc.sql("select count(*) from (select 1 from child c where %s limit :child_cap) capped"
                        .formatted(where.sql()))
                .params(where.params()).param("child_cap", COUNT_CAP + 1).query(Long.class).single();
        auditSearch(viewer, query, total);
        return new CappedPage<>(rows, PageRequest.of(index, size, DEFAULT_SORT), total, COUNT_CAP);
    }

    /**
     * Every child of the same search as {@link #search} (the viewer's scope, the text, the footprint), in the list's
     * order, handed to {@code row} a thousand at a time (one statement a batch, after the last row's key: never the
     * whole list in memory, never past the list's cap). The download is audited first, with or without a search,
     * in a transaction of its own.
     */
    @Transactional(readOnly = true)
    public void eachChild(Viewer viewer, String query, Long footprintId, java.util.function.Consumer<ChildSummary> row) {
        ChildCondition where = condition(viewer, query, footprintId, "c");
        audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.DOWNLOADED, "EXPORT", "children",
                "children list" + (query == null || query.isBlank() ? "" : ", searched")
                        + (footprintId == null ? "" : ", footprint " + footprintId));
        int batch = 1000;
        ChildSummary last = null;
        List<ChildSummary> rows;
        do {
            String after = last == null ? "" : " and (c.family_name, c.given_name, c.id) > (:after_family, :after_given, :after_id)";
            var statement = jdbc.sql("""
                            select c.id, c.given_name, c.family_name, c.date_of_birth, c.upn, s.name as setting_name,
                                   f.name as footprint_name, c.primary_need, c.sen_provision
                            from child c join footprint f on f.id = c.home_footprint_id
                            left join setting s on s.id = c.setting_id
                            where %s%s
                            order by c.family_name, c.given_name, c.id
                            limit :child_limit""".formatted(where.sql(), after))
                    .params(where.params()).param("child_limit", batch);
            if (last != null) {
                statement = statement.param("after_family", last.familyName()).param("after_given", last.givenName())
                        .param("after_id", last.id());
            }
            rows = statement.query((rs, n) -> new ChildSummary(rs.getLong("id"), rs.getString("given_name"),
                            rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class), rs.getString("upn"),
                            rs.getString("setting_name"), rs.getString("footprint_name"),
                            code(rs.getString("primary_need"), NeedCode::valueOf),
                            SenProvision.fromCode(rs.getString("sen_provision"))))
                    .list();
            rows.forEach(row);
            if (!rows.isEmpty()) {
                last = rows.get(rows.size() - 1);
            }
        } while (rows.size() == batch);
    }

    /** Which of these children the viewer may see (a parent's own, say): one scoped query. */
    @Transactional(readOnly = true)
    public Set<Long> visibleAmong(Viewer viewer, Collection<Long> childIds) {
        if (childIds.isEmpty()) {
            return Set.of();
        }
        ChildCondition where = condition(viewer, null, null, "c");
        return Set.copyOf(jdbc.sql("select c.id from child c where c.id in (:child_ids) and " + where.sql())
                .params(where.params()).param("child_ids", List.copyOf(childIds)).query(Long.class).list());
    }

    private static <T> T code(String value, Function<String, T> parse) {
        return value == null ? null : parse.apply(value);
    }

    /**
     * The condition for the same search as {@link #search}, as SQL over the {@code child} table under {@code alias},
     * for a module that lists its own records by child in one query. The caller audits a search
     * ({@link #auditSearch}).
     */
    public ChildCondition condition(Viewer viewer, String query, Long footprintId, String alias) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder("(").append(ChildScope.sql(viewer, alias, params)).append(")");
        if (footprintId != null) {
            sql.append(" and ").append(alias).append(".home_footprint_id = :child_footprint");
            params.put("child_footprint", footprintId);
        }
        if (query != null && !query.isBlank()) {
            String text = query.trim();
            Optional<LocalDate> date = parseDate(text);
            if (UPN_LIKE.matcher(text).matches()) {
                sql.append(" and ").append(alias).append(".upn = :child_upn");
                params.put("child_upn", text.toUpperCase(Locale.ROOT));
            } else if (date.isPresent()) {
                sql.append(" and ").append(alias).append(".date_of_birth = :child_born");
                params.put("child_born", date.get());
            } else {
                sql.append(" and (lower(").append(alias).append(".family_name) like :child_like escape '\\'")
                        .append(" or lower(").append(alias).append(".given_name) like :child_like escape '\\'")
                        .append(" or lower(").append(alias).append(".given_name || ' ' || ").append(alias)
                        .append(".family_name) like :child_like escape '\\')");
                params.put("child_like", like(text));
            }
        }
        return new ChildCondition(sql.toString(), params);
    }

    /** Audits a search (not the text, which may be personal data) made through {@link #condition}, in its own transaction. */
    public void auditSearch(Viewer viewer, String query, long found) {
        if (query != null && !query.isBlank()) {
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.CHILD_SEARCHED, ENTITY, null,
                    found + " found");
        }
    }

    private static String like(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Opens a child's record; refused (and the refusal audited) when the child is outside the viewer's scope. */
    @Transactional
    public ChildRecord view(Viewer viewer, long childId) {
        Child child = inScope(viewer, childId);
        audit.record(viewer, AuditAction.CHILD_VIEWED, ENTITY, childId);
        return ChildRecord.of(child);
    }

    /** A live record in the viewer's scope; otherwise refused as if it did not exist, the refusal audited. */
    private Child inScope(Viewer viewer, long childId) {
        Child child = children.findRecord(childId).filter(c -> !c.isMerged())
                .orElseThrow(() -> new NoSuchElementException("No such child"));
        if (!ChildScope.canSee(viewer, child)) {
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, ENTITY, childId,
                    "outside scope of " + viewer.role());
            throw new NotInScopeException(ENTITY);
        }
        return child;
    }

    /**
     * Who these children are (name and date of birth), and nothing else of their records: for a module
     * that has already decided by its own rule that the viewer has a reason to know, such as an adviser
     * shown the advice requests addressed to them. That module audits what it shows.
     */
    @Transactional(readOnly = true)
    public Map<Long, ChildIdentity> identities(Collection<Long> childIds) {
        if (childIds.isEmpty()) {
            return Map.of();
        }
        return children.findAllById(childIds).stream()
                .collect(Collectors.toMap(Child::getId, ChildIdentity::of));
    }

    /** Who the child is, if the viewer may see them (one load answers both): for a module showing a child's record. */
    @Transactional(readOnly = true)
    public Optional<ChildIdentity> visibleIdentity(Viewer viewer, long childId) {
        return children.findRecord(childId).filter(c -> ChildScope.canSee(viewer, c)).map(ChildIdentity::of);
    }

    /**
     * The enabled accounts the family of a live child holds: each carer linked to an account, and the young person's
     * own account when they hold one. Who is emailed
     * about the child's case; carers without an account are written to by the council, not by the service. Ids only.
     */
    @Transactional(readOnly = true)
    public List<Long> familyAccounts(long childId) {
        return jdbc.sql("""
                        select u.id from carer k join app_user u on u.id = k.user_id
                        join child c on c.id = k.child_id
                        where k.child_id = :child and c.merged_into_id is null and u.enabled
                        union
                        select u.id from app_user u join child c on c.id = u.child_id
                        where u.child_id = :child and u.role = 'YOUNG_PERSON' and c.merged_into_id is null and u.enabled
                        order by 1""")
                .param("child", childId).query(Long.class).list();
    }

    /**
     * Who the child is, for a page about them that is not their record (inviting a parent): refused, and the refusal
     * audited, when the child is outside the viewer's scope, exactly as {@link #view} refuses.
     */
    @Transactional(readOnly = true)
    public ChildIdentity identityInScope(Viewer viewer, long childId) {
        return ChildIdentity.of(inScope(viewer, childId));
    }

    /** Whether the viewer may see this child: for other modules guarding records that belong to a child. */
    @Transactional(readOnly = true)
    public boolean canSee(Viewer viewer, long childId) {
        return children.findRecord(childId).map(c -> ChildScope.canSee(viewer, c)).orElse(false);
    }

    /**
     * Records a child's census SEN provision (N, K or E) and, when a primary need is given, their need codes;
     * without one, the needs already recorded are kept. For modules following their own events (a finalised
     * EHC plan makes the child E), not for a person's request, so it is audited as the service itself, and
     * only when something changed (listeners may be run twice).
     */
    @Transactional
    public void recordSenProvision(long childId, SenProvision provision, NeedCode primary, NeedCode secondary) {
        Child child = children.findById(childId).orElseThrow(() -> new NoSuchElementException("No such child"));
        NeedCode newPrimary = primary == null ? child.getPrimaryNeed() : primary;
        NeedCode newSecondary = primary == null ? child.getSecondaryNeed() : secondary;
        if (child.getSenProvision() == provision && child.getPrimaryNeed() == newPrimary
                && child.getSecondaryNeed() == newSecondary) {
            return;
        }
        child.recordNeeds(newPrimary, newSecondary, provision);
        children.flush();
        audit.record(null, SERVICE, AuditAction.CHILD_UPDATED, ENTITY, childId, "SEN provision " + provision.code());
    }

    /**
     * Records that may be the same child as the one described (same name and date of birth, or the same UPN or
     * NHS number), searched among all live records; the viewer sees those in their scope, and only a count of
     * the others. {@code exceptId} leaves out the record being compared (null for none). Audited as a search.
     */
    @Transactional
    public LikelyDuplicates likelyDuplicates(Viewer viewer, String givenName, String familyName, LocalDate dateOfBirth,
                                             Upn upn, NhsNumber nhsNumber, Long exceptId) {
        String upnValue = upn == null ? null : upn.value();
        String nhsValue = nhsNumber == null ? null : nhsNumber.value();
        List<Child> found = children.findLikelyDuplicates(givenName.strip(), familyName.strip(), dateOfBirth, upnValue,
                nhsValue, exceptId == null ? -1L : exceptId, Limit.of(DUPLICATES_SHOWN));
        List<LikelyDuplicates.Match> visible = found.stream().filter(c -> ChildScope.canSee(viewer, c))
                .map(c -> new LikelyDuplicates.Match(ChildSummary.of(c),
                        upnValue != null && c.getUpn().map(u -> u.value().equals(upnValue)).orElse(false),
                        nhsValue != null && c.getNhsNumber().map(n -> n.value().equals(nhsValue)).orElse(false),
                        c.getGivenName().equalsIgnoreCase(givenName.strip())
                                && c.getFamilyName().equalsIgnoreCase(familyName.strip())
                                && c.getDateOfBirth().equals(dateOfBirth)))
                .toList();
        audit.record(viewer, AuditAction.CHILD_SEARCHED, ENTITY, null, "duplicate check: " + found.size() + " found");
        return new LikelyDuplicates(visible, found.size() - visible.size());
    }

    /**
     * Records a child not yet known, with their parents or carers, and returns the new record's id. The home
     * footprint is the one the postcode is in (the command's footprint only when the postcode is in none);
     * a caseworker may record only a child living in their footprints. A UPN or NHS number already recorded
     * is refused: that child is already known. Audited as who recorded which record, never who the child is.
     */
    @Transactional
    public long record(NewChild command, Viewer actor) {
        if (!actor.is(Role.CASEWORKER) && !actor.is(Role.ADMIN)) {
            throw new NotInScopeException(ENTITY);
        }
        FootprintView footprint = homeFootprint(command.homePostcode(), command.footprintId(), actor);
        checkIdentifiersFree(command.upn(), command.nhsNumber(), -1L);
        Child child = new Child(command.givenName(), command.familyName(), command.dateOfBirth(),
                entities.footprint(footprint.id()));
        child.identify(command.upn(), command.nhsNumber());
        child.liveAt(command.homePostcode(), entities.footprint(footprint.id()));
        if (command.settingId() != null) {
            child.attendSetting(entities.setting(command.settingId()));
        }
        for (CarerDetails details : command.carers()) {
            Carer carer = child.addCarer(details.givenName(), details.familyName(), details.relationship(),
                    details.parentalResponsibility());
            carer.contactBy(details.email(), details.phone());
            carer.liveAt(details.address());
            if (details.accountId() != null && actor.is(Role.ADMIN)) {
                carer.linkAccount(parentAccount(details.accountId()));
            }
        }
        children.saveAndFlush(child);
        audit.record(actor, AuditAction.CHILD_CREATED, ENTITY, child.getId(),
                "recorded by hand with " + command.carers().size() + " carers");
        return child.getId();
    }

    /**
     * Records a pupil on roll at the SENCO's school whom the service does not know yet, and returns the new record's
     * id. A UPN or NHS number already recorded is refused on its field (that child is known: the SENCO records them
     * joining instead). The home footprint is the postcode's, or the school's. Audited as who recorded which record.
     */
    @Transactional
    public long recordPupil(Viewer senco, NewPupil command) {
        if (!senco.is(Role.SENCO) || senco.settingId() == null) {
            throw new NotInScopeException(ENTITY);
        }
        checkIdentifiersFree(command.upn(), command.nhsNumber(), -1L);
        long schoolFootprint = reference.settingView(senco.settingId()).footprintId();
        FootprintView footprint = Optional.ofNullable(command.homePostcode()).flatMap(reference::footprintForPostcode)
                .orElseGet(() -> reference.footprintView(schoolFootprint));
        Child child = new Child(command.givenName().strip(), command.familyName().strip(), command.dateOfBirth(),
                entities.footprint(footprint.id()));
        child.identify(command.upn(), command.nhsNumber());
        if (command.homePostcode() != null) {
            child.liveAt(command.homePostcode(), entities.footprint(footprint.id()));
        }
        child.attendSetting(entities.setting(senco.settingId()));
        children.saveAndFlush(child);
        audit.record(senco, AuditAction.CHILD_CREATED, ENTITY, child.getId(), "pupil recorded by their school's SENCO");
        return child.getId();
    }

    /**
     * One page of every child's record (merged records left out), in id order after {@code afterId}: an
     * administrator's export reads the whole directory page by page, one statement a page.
     */
    @Transactional(readOnly = true)
    public List<ChildExportRow> exportPage(Viewer actor, long afterId, int size) {
        requireAdmin(actor);
        return jdbc.sql("""
                        select c.id, c.migration_reference, c.given_name, c.family_name, c.date_of_birth, c.upn,
                               c.nhs_number, c.home_postcode, f.name as footprint, s.urn, s.name as setting,
                               c.sen_provision, c.primary_need, c.secondary_need
                        from child c join footprint f on f.id = c.home_footprint_id
                        left join setting s on s.id = c.setting_id
                        where c.merged_into_id is null and c.id > :after
                        order by c.id limit :size""")
                .param("after", afterId).param("size", size)
                .query((rs, n) -> new ChildExportRow(rs.getLong("id"), rs.getString("migration_reference"),
                        rs.getString("given_name"), rs.getString("family_name"),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getString("upn"), rs.getString("nhs_number"),
                        rs.getString("home_postcode"), rs.getString("footprint"), rs.getString("urn"),
                        rs.getString("setting"), SenProvision.valueOf(rs.getString("sen_provision")),
                        need(rs.getString("primary_need")), need(rs.getString("secondary_need"))))
                .list();
    }

    private static NeedCode need(String code) {
        return code == null ? null : NeedCode.valueOf(code);
    }

    /**
     * The rows of a migration file the database refuses (their format is the caller's to check): a postcode in
     * no footprint, a UPN or NHS number another child already has, a reference, UPN or NHS number given twice,
     * a reference whose record was merged into another. Empty when the whole file can be imported.
     */
    @Transactional(readOnly = true)
    public List<MigrationProblem> checkMigration(List<MigratedChild> rows, Viewer actor) {
        requireAdmin(actor);
        return migration.check(rows);
    }

    /**
     * Imports children from a migration file in one transaction: each is added, or updated where the record
     * with its reference differs, with their main carer added unless one of the same name is recorded; a file
     * imported twice changes nothing the second time. Refused whole (nothing written) when any row has a
     * problem ({@link #checkMigration}). {@code progress} hears how many rows are written, batch by batch.
     * Audited once for the import, never child by child.
     */
    @Transactional
    public MigrationResult importChildren(List<MigratedChild> rows, Viewer actor, java.util.function.IntConsumer progress,
                                          long importId) {
        requireAdmin(actor);
        if (!migration.check(rows).isEmpty()) {
            throw new IllegalArgumentException("The migration file has rows the database refuses");
        }
        entityManager.flush();
        MigrationResult result = migration.write(rows, progress);
        entityManager.clear();
        audit.record(actor, AuditAction.CHILDREN_IMPORTED, "DATA_IMPORT", importId, result.added() + " added, "
                + result.changed() + " changed, " + result.unchanged() + " unchanged, " + result.carersAdded() + " carers added");
        return result;
    }

    /**
     * The live children a later migration file refers to, by migration reference or UPN (a reference whose record
     * was merged answers with the record kept). For an administrator's import; one statement a few thousand keys.
     */
    @Transactional(readOnly = true)
    public MigrationChildren migrationChildren(Collection<String> references, Collection<String> upns, Viewer actor) {
        requireAdmin(actor);
        return new MigrationChildren(migration.children(references, upns), references);
    }

    /**
     * Records, in the caller's transaction, the census SEN provision and needs a migration brings (plans in force
     * E, SEN Support K), a batch a statement, changing only the children whose values differ; the counts by
     * footprint are taken again once at the end. Audited by the import that calls it, not child by child.
     * Returns how many children changed.
     */
    @Transactional
    public int recordMigratedProvision(List<ProvisionChange> changes, Viewer actor) {
        requireAdmin(actor);
        entityManager.flush();
        int changed = migration.recordProvision(changes);
        entityManager.clear();
        return changed;
    }

    /**
     * Corrects a child's details (an administrator's fix of what was typed wrongly): names, date of birth, UPN,
     * NHS number, postcode (and so footprint) and setting. Refused when the record changed since it was opened,
     * or when the UPN or NHS number is another child's. Audited as corrected, without the details.
     */
    @Transactional
    public void correct(long childId, ChildCorrection correction, Viewer actor) {
        requireAdmin(actor);
        Child child = children.findRecord(childId).filter(c -> !c.isMerged())
                .orElseThrow(() -> new NoSuchElementException("No such child"));
        if (child.getVersion() != correction.version()) {
            throw new OptimisticLockingFailureException("The child's record changed since the page was opened");
        }
        checkIdentifiersFree(correction.upn(), correction.nhsNumber(), childId);
        if (correction.homePostcode() != null) {
            FootprintView footprint = homeFootprint(correction.homePostcode(), correction.footprintId(), actor);
            child.liveAt(correction.homePostcode(), entities.footprint(footprint.id()));
        }
        child.correct(correction.givenName(), correction.familyName(), correction.dateOfBirth());
        child.identify(correction.upn(), correction.nhsNumber());
        child.attendSetting(correction.settingId() == null ? null : entities.setting(correction.settingId()));
        children.flush();
        audit.record(actor, AuditAction.CHILD_UPDATED, ENTITY, childId, "details corrected");
    }

    /**
     * The footprint a postcode is in, or the one chosen when it is in none; a caseworker may record a home only
     * in their own footprints (refused, and the refusal audited, otherwise).
     */
    private FootprintView homeFootprint(Postcode postcode, Long chosenFootprintId, Viewer actor) {
        FootprintView footprint = reference.footprintForPostcode(postcode)
                .or(() -> Optional.ofNullable(chosenFootprintId).map(reference::footprintView))
                .orElseThrow(() -> new ChildRefusedException("homePostcode", "child.postcode.unknownArea",
                        postcode.district()));
        if (actor.is(Role.CASEWORKER) && !actor.worksIn(footprint.id())) {
            audit.recordIndependently(actor.userId(), actor.email(), AuditAction.ACCESS_DENIED, "FOOTPRINT",
                    footprint.id(), "child's home outside scope of " + actor.role());
            throw new ChildRefusedException("homePostcode", "child.postcode.outsideScope", footprint.name());
        }
        return footprint;
    }

    /** A UPN or NHS number belongs to one child: another record with it is that child. */
    private void checkIdentifiersFree(Upn upn, NhsNumber nhsNumber, long exceptId) {
        if (upn != null && children.existsByUpnAndIdNot(upn.value(), exceptId)) {
            throw new ChildRefusedException("upn", "child.upn.taken");
        }
        if (nhsNumber != null && children.existsByNhsNumberAndIdNot(nhsNumber.value(), exceptId)) {
            throw new ChildRefusedException("nhsNumber", "child.nhsNumber.taken");
        }
    }

    /**
     * A child joining a SENCO's setting, found by their UPN and date of birth together (both exact, on a live
     * record): never a browse of other settings' pupils, so a SENCO learns nothing they did not already hold but the
     * name. Audited as a search by how many it found. Empty for anyone but a SENCO.
     */
    @Transactional
    public Optional<ChildIdentity> findJoining(Viewer senco, Upn upn, LocalDate dateOfBirth) {
        if (!senco.is(Role.SENCO) || upn == null || dateOfBirth == null) {
            return Optional.empty();
        }
        Optional<ChildIdentity> found = jdbc.sql("""
                        select id, given_name, family_name, date_of_birth from child
                        where upn = :upn and date_of_birth = :born and merged_into_id is null""")
                .param("upn", upn.value()).param("born", dateOfBirth)
                .query((rs, n) -> new ChildIdentity(rs.getLong("id"), rs.getString("given_name"),
                        rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class)))
                .optional();
        audit.recordIndependently(senco.userId(), senco.email(), AuditAction.CHILD_SEARCHED, ENTITY, null,
                (found.isPresent() ? 1 : 0) + " found to join by UPN and date of birth");
        return found;
    }

    /**
     * A pupil joins the SENCO's setting: found again by UPN and date of birth (the request carries no child id to
     * tamper with), then put on the setting's roll, leaving any other. Returns the child's id and the setting they
     * were on the roll of before (null if none). Audited.
     */
    @Transactional
    public Joined joinSetting(Viewer senco, Upn upn, LocalDate dateOfBirth) {
        ChildIdentity found = findJoining(senco, upn, dateOfBirth)
                .orElseThrow(() -> new NoSuchElementException("No child with that UPN and date of birth"));
        Child child = children.findById(found.id()).orElseThrow();
        Long before = child.getSetting() == null ? null : child.getSetting().getId();
        child.attendSetting(entities.setting(senco.settingId()));
        children.flush();
        audit.record(senco, AuditAction.CHILD_UPDATED, ENTITY, found.id(), "joined setting " + senco.settingId()
                + (before == null ? "" : " from " + before));
        return new Joined(found.id(), before);
    }

    /** A child who joined a setting, and the setting whose roll they left (null for none). */
    public record Joined(long childId, Long fromSettingId) {
    }

    /**
     * A pupil on roll at the SENCO's setting leaves it: they are taken off its roll, and put on the destination's
     * when it is known (a setting the service holds). Refused (and audited) for a child not on the SENCO's roll.
     */
    @Transactional
    public void leaveSetting(Viewer senco, long childId, Long toSettingId) {
        Child child = children.findRecord(childId).filter(c -> !c.isMerged())
                .orElseThrow(() -> new NoSuchElementException("No such child"));
        if (!senco.is(Role.SENCO) || !ChildScope.canSee(senco, child)) {
            audit.recordIndependently(senco.userId(), senco.email(), AuditAction.ACCESS_DENIED, ENTITY, childId,
                    "leaving a setting outside scope");
            throw new NotInScopeException(ENTITY);
        }
        child.attendSetting(toSettingId == null ? null : entities.setting(toSettingId));
        children.flush();
        audit.record(senco, AuditAction.CHILD_UPDATED, ENTITY, childId, "left setting " + senco.settingId()
                + (toSettingId == null ? "" : " for " + toSettingId));
    }

    /** The live record a merged record was merged into (following a chain of merges); empty for a live record. */
    @Transactional(readOnly = true)
    public Optional<Long> mergedInto(long childId) {
        Optional<Child> child = children.findById(childId);
        Long into = null;
        for (int hops = 0; child.isPresent() && child.get().isMerged() && hops < MAX_MERGE_HOPS; hops++) {
            into = child.get().getMergedIntoId();
            child = children.findById(into);
        }
        return Optional.ofNullable(into);
    }

    /**
     * Merges a duplicate record into the one kept, in one transaction: its parents and carers move to the kept
     * record (a carer linked to an account the kept record already links keeps its details, not the link); the
     * kept record takes the identifiers, postcode, setting and needs it lacks; the duplicate is marked merged,
     * not deleted. {@link ChildrenMerged} is published inside the transaction so that every module moves its
     * own history (assessments, plans...) in it too, or refuses the merge ({@link MergeRefusedException}),
     * which rolls all of it back. Administrators only; audited on both records. The audit trail itself is
     * append-only: the rows about the duplicate stay under its id, tied to the kept record by the merge's rows.
     */
    @Transactional
    public void merge(long keptId, long mergedId, Viewer actor) {
        requireAdmin(actor);
        Child kept = children.findRecord(keptId).orElseThrow(() -> new NoSuchElementException("No such child"));
        Child merged = children.findRecord(mergedId).orElseThrow(() -> new NoSuchElementException("No such child"));
        if (keptId == mergedId || kept.isMerged() || merged.isMerged()) {
            throw new MergeRefusedException("merge.refused.notTwoRecords");
        }
        Set<Long> linkedOnKept = kept.getCarers().stream().filter(c -> c.getAccount() != null)
                .map(c -> c.getAccount().getId()).collect(Collectors.toSet());
        merged.getCarers().stream().filter(c -> c.getAccount() != null && linkedOnKept.contains(c.getAccount().getId()))
                .forEach(c -> c.linkAccount(null));
        Upn upn = merged.getUpn().orElse(null);
        NhsNumber nhsNumber = merged.getNhsNumber().orElse(null);
        merged.mergeInto(kept, clock.instant());
        children.flush(); // the duplicate gives up its identifiers before the kept record takes them
        kept.takeWhatIsMissingFrom(merged, upn, nhsNumber);
        children.flush();
        children.moveCarers(merged, kept);
        // the young person's own account follows to the record kept, unless that record has one already (then the
        // merged record's account sees nothing, as its record is seen by no one, until an administrator disables it)
        jdbc.sql("""
                        update app_user set child_id = :kept where child_id = :merged
                          and not exists (select 1 from app_user k where k.child_id = :kept)""")
                .param("kept", keptId).param("merged", mergedId).update();
        events.publishEvent(new ChildrenMerged(keptId, mergedId, actor.email()));
        audit.record(actor, AuditAction.CHILD_MERGED, ENTITY, keptId, "kept; merged " + mergedId + " into it");
        audit.record(actor, AuditAction.CHILD_MERGED, ENTITY, mergedId, "merged into " + keptId);
    }

    /** Adds a parent or carer to a child's record, linked to a parent account where one is given. */
    @Transactional
    public ChildRecord addCarer(long childId, CarerDetails details, Viewer actor) {
        requireAdmin(actor);
        Child child = children.findRecord(childId).orElseThrow(() -> new NoSuchElementException("No such child"));
        Carer carer = child.addCarer(details.givenName(), details.familyName(), details.relationship(),
                details.parentalResponsibility());
        carer.contactBy(details.email(), details.phone());
        carer.liveAt(details.address());
        if (details.accountId() != null) {
            carer.linkAccount(parentAccount(details.accountId()));
        }
        children.flush();
        audit.record(actor, details.accountId() == null ? AuditAction.CHILD_UPDATED : AuditAction.CARER_LINKED,
                ENTITY, childId, "carer " + carer.getId());
        return ChildRecord.of(child);
    }

    /** Links an existing carer on the record to a parent's account, or removes the link (accountId null). */
    @Transactional
    public ChildRecord linkCarerAccount(long childId, long carerId, Long accountId, Viewer actor) {
        requireAdmin(actor);
        Child child = children.findRecord(childId).orElseThrow(() -> new NoSuchElementException("No such child"));
        Carer carer = child.getCarers().stream().filter(c -> c.getId() == carerId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No such carer on this record"));
        carer.linkAccount(accountId == null ? null : parentAccount(accountId));
        audit.record(actor, accountId == null ? AuditAction.CARER_UNLINKED : AuditAction.CARER_LINKED,
                ENTITY, childId, "carer " + carerId);
        return ChildRecord.of(child);
    }

    private UserAccount parentAccount(long accountId) {
        Optional<AccountView> account = accounts.find(accountId);
        if (account.isEmpty() || account.get().role() != Role.PARENT) {
            throw new IllegalArgumentException("Only a parent's account can be linked to a child");
        }
        return entityManager.getReference(UserAccount.class, accountId);
    }

    private static void requireAdmin(Viewer actor) {
        if (!actor.is(Role.ADMIN)) {
            throw new NotInScopeException(ENTITY);
        }
    }

    static Optional<LocalDate> parseDate(String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        return Optional.empty();
    }
}
