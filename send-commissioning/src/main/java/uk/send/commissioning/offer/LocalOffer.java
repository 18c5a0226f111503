package uk.send.commissioning.offer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.reference.NeedCode;

/**
 * The Local Offer's directory: the public search and service pages, and the editor's work (add, change,
 * withdraw, mark as checked), each change kept as a new version and audited. Lists are filtered and paged
 * in SQL; keyword search is PostgreSQL full text search on a generated, GIN-indexed column.
 *
 * <p>A registered provider (role PROVIDER) does the same work, through the same methods, on the entries of the
 * organisations its account is linked to: it changes them and marks them as checked, and nothing else (adding and
 * withdrawing entries, imports and the comments stay the council's). Its change is published at once, kept as a
 * version that names its account and audited like an editor's; any other entry answers as one that does not exist,
 * and the refusal is audited.
 */
@Service
public class LocalOffer {

    /** An entry not checked for this long is flagged on the editor's list for review. */
    public static final Period REVIEW_AFTER = Period.ofMonths(12);

    static final String ENTITY = "offer_service";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final String SUMMARY_COLUMNS = """
            s.id, s.name, o.name as organization_name, s.description, s.category, s.access, s.cost, s.min_age,
            s.max_age, f.name as footprint_name, s.last_checked_on, s.organization_id,
            o.description as organization_description, s.url, s.email, s.location_name""";
    private static final String FROM = """
            from offer_service s join offer_organization o on o.id = s.organization_id
            left join footprint f on f.id = s.footprint_id""";

    private final OfferServiceRepository services;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    LocalOffer(OfferServiceRepository services, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.services = services;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Whether an entry last checked on {@code lastChecked} is due for review on {@code today}: 12 calendar months
     * after the check (a check on 29 February is due on 28 February the next year), as with every period here.
     */
    public static boolean checkDue(LocalDate lastChecked, LocalDate today) {
        return !lastChecked.plus(REVIEW_AFTER).isAfter(today);
    }

    /** The latest check that is due for review on {@code today}: the SQL form of {@link #checkDue}, which can use an index. */
    static LocalDate dueIfCheckedOnOrBefore(LocalDate today) {
        LocalDate latest = today.minus(REVIEW_AFTER);
        while (checkDue(latest.plusDays(1), today)) {
            latest = latest.plusDays(1);
        }
        return latest;
    }

    // ---- public

    /** Published services matching the search, best match first (by name when there are no keywords). */
    @Transactional(readOnly = true)
    public Page<ServiceSummary> search(OfferSearch search, Pageable page) {
        StringBuilder where = new StringBuilder(" where s.status = 'ACTIVE'");
        Map<String, Object> params = new LinkedHashMap<>();
        if (search.keywords() != null) {
            where.append(" and s.search @@ websearch_to_tsquery('english', :q)");
            params.put("q", search.keywords());
        }
        if (search.category() != null) {
            where.append(" and s.category = :category");
            params.put("category", search.category().name());
        }
        if (search.age() != null) {
            where.append(" and s.min_age <= :age and s.max_age >= :age");
            params.put("age", search.age());
        }
        if (search.need() != null) {
            where.append(" and exists (select 1 from offer_service_need n where n.service_id = s.id and n.need = :need)");
            params.put("need", search.need().name());
        }
        if (search.footprintId() != null) {
            where.append(" and (s.footprint_id = :footprint or s.footprint_id is null)");
            params.put("footprint", search.footprintId());
        }
        if (search.cost() != null) {
            where.append(" and s.cost = :cost");
            params.put("cost", search.cost().name());
        }
        if (search.access() != null) {
            where.append(" and s.access = :access");
            params.put("access", search.access().name());
        }
        if (search.fromAge() != null) {
            where.append(" and s.max_age >= :fromAge");
            params.put("fromAge", search.fromAge());
        }
        if (search.toAge() != null) {
            where.append(" and s.min_age <= :toAge");
            params.put("toAge", search.toAge());
        }
        if (search.anyNeed()) {
            where.append(" and exists (select 1 from offer_service_need n where n.service_id = s.id)");
        }
        if (search.atLocation()) {
            where.append(" and (s.location_name is not null or s.address is not null or s.postcode is not null)");
        }
        long total = jdbc.sql("select count(*) " + FROM + where).params(params).query(Long.class).single();
        if (total == 0 || page.getOffset() >= total) {
            return new PageImpl<>(List.of(), page, total);
        }
        String order = search.keywords() == null ? " order by s.name, s.id"
                : " order by ts_rank(s.search, websearch_to_tsquery('english', :q)) desc, s.name, s.id";
        List<ServiceSummary> rows = jdbc.sql("select " + SUMMARY_COLUMNS + " " + FROM + where + order
                        + " limit :limit offset :offset")
                .params(params).param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query(LocalOffer::summary).list();
        return new PageImpl<>(rows, page, total);
    }

    /** A published service's page; a withdrawn or unknown one is not found. */
    @Transactional(readOnly = true)
    public ServiceView published(long id) {
        ServiceView service = load(id);
        if (!service.active()) {
            throw new NoSuchElementException("No published service " + id);
        }
        return service;
    }

    /** Whether a service is published (for a comment on it). */
    @Transactional(readOnly = true)
    public boolean isPublished(long id) {
        return jdbc.sql("select exists (select 1 from offer_service where id = :id and status = 'ACTIVE')")
                .param("id", id).query(Boolean.class).single();
    }

    @Transactional(readOnly = true)
    public List<OrganizationView> organizations() {
        return jdbc.sql("select id, name, description, email, url from offer_organization order by name, id")
                .query((rs, n) -> new OrganizationView(rs.getLong("id"), rs.getString("name"),
                        rs.getString("description"), rs.getString("email"), rs.getString("url")))
                .list();
    }

    @Transactional(readOnly = true)
    public boolean isOrganization(long id) {
        return jdbc.sql("select exists (select 1 from offer_organization where id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    // ---- registered providers

    /** The organisations whose entries the viewer may keep: every one for an editor, its own for a provider. */
    @Transactional(readOnly = true)
    public List<OrganizationView> organizationsFor(Viewer viewer) {
        if (isEditor(viewer)) {
            return organizations();
        }
        requireProvider(viewer);
        return keptBy(viewer.userId());
    }

    /** The organisations a provider's account keeps the entries of, for an administrator. */
    @Transactional(readOnly = true)
    public List<OrganizationView> organizationsKeptBy(Viewer admin, AccountView provider) {
        requireAdministrator(admin);
        return keptBy(provider.id());
    }

    private List<OrganizationView> keptBy(long accountId) {
        return jdbc.sql("""
                        select o.id, o.name, o.description, o.email, o.url from offer_organization o
                        join offer_provider_account p on p.organization_id = o.id
                        where p.user_id = :user order by o.name, o.id""")
                .param("user", accountId)
                .query((rs, n) -> new OrganizationView(rs.getLong("id"), rs.getString("name"),
                        rs.getString("description"), rs.getString("email"), rs.getString("url")))
                .list();
    }

    /** Whether the viewer may put an entry under this organisation: any that exists for an editor, its own for a provider. */
    @Transactional(readOnly = true)
    public boolean isOrganizationFor(Viewer viewer, long id) {
        if (isEditor(viewer)) {
            return isOrganization(id);
        }
        return viewer != null && viewer.is(Role.PROVIDER) && providerOf(viewer, id);
    }

    /**
     * Lets a provider's account keep an organisation's entries (an administrator's act, audited as a change of the
     * account). Linking it again changes nothing.
     */
    @Transactional
    public void linkProvider(Viewer admin, AccountView provider, long organizationId) {
        requireAdministrator(admin);
        if (provider.role() != Role.PROVIDER) {
            throw new IllegalArgumentException("Only a provider's account keeps an organisation's entries");
        }
        requireOrganization(organizationId);
        int linked = jdbc.sql("""
                        insert into offer_provider_account (user_id, organization_id) values (:user, :organization)
                        on conflict do nothing""")
                .param("user", provider.id()).param("organization", organizationId).update();
        if (linked > 0) {
            audit.record(admin, AuditAction.USER_UPDATED, "USER", provider.id(),
                    "keeps the Local Offer entries of organisation " + organizationId);
        }
    }

    /** Stops a provider's account keeping an organisation's entries at once (its next request is refused them). */
    @Transactional
    public void unlinkProvider(Viewer admin, AccountView provider, long organizationId) {
        requireAdministrator(admin);
        int unlinked = jdbc.sql("delete from offer_provider_account where user_id = :user and organization_id = :organization")
                .param("user", provider.id()).param("organization", organizationId).update();
        if (unlinked == 0) {
            throw new NoSuchElementException("Account " + provider.id() + " does not keep organisation " + organizationId);
        }
        audit.record(admin, AuditAction.USER_UPDATED, "USER", provider.id(),
                "no longer keeps the Local Offer entries of organisation " + organizationId);
    }

    private static void requireAdministrator(Viewer viewer) {
        if (viewer == null || !viewer.is(Role.ADMIN)) {
            throw new NotInScopeException("USER");
        }
    }

    // ---- the editor's

    /**
     * Every entry the viewer keeps (all of them for an editor, its organisations' for a provider), those due for
     * review first (oldest check first), optionally only those due.
     */
    @Transactional(readOnly = true)
    public Page<EditorEntry> entries(Viewer viewer, boolean onlyDue, Pageable page) {
        LocalDate dueIfCheckedBy = dueIfCheckedOnOrBefore(LocalDate.now(clock));
        String where = scope(viewer) + (onlyDue ? " and s.status = 'ACTIVE' and s.last_checked_on <= :due" : "");
        long total = jdbc.sql("select count(*) from offer_service s" + where).param("due", dueIfCheckedBy)
                .param("user", viewer.userId()).query(Long.class).single();
        LocalDate today = LocalDate.now(clock);
        List<EditorEntry> rows = jdbc.sql("""
                        select s.id, s.name, o.name as organization_name, s.category, s.status, s.last_checked_on
                        from offer_service s join offer_organization o on o.id = s.organization_id"""
                        + where + " order by s.status, s.last_checked_on, s.name, s.id limit :limit offset :offset")
                .param("due", dueIfCheckedBy).param("user", viewer.userId()).param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> {
                    ServiceStatus status = ServiceStatus.valueOf(rs.getString("status"));
                    LocalDate checked = rs.getObject("last_checked_on", LocalDate.class);
                    return new EditorEntry(rs.getLong("id"), rs.getString("name"), rs.getString("organization_name"),
                            Category.valueOf(rs.getString("category")), status, checked,
                            status == ServiceStatus.ACTIVE && checkDue(checked, today));
                })
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /** How many published entries the viewer keeps are due for review. */
    @Transactional(readOnly = true)
    public long dueForReview(Viewer viewer) {
        return jdbc.sql("select count(*) from offer_service s" + scope(viewer)
                        + " and s.status = 'ACTIVE' and s.last_checked_on <= :due")
                .param("due", dueIfCheckedOnOrBefore(LocalDate.now(clock))).param("user", viewer.userId())
                .query(Long.class).single();
    }

    /** Any entry, published or withdrawn, for an editor; one of its organisations' for a provider. */
    @Transactional(readOnly = true)
    public ServiceView entry(Viewer viewer, long id) {
        requireMayKeep(viewer, id);
        return load(id);
    }

    @Transactional
    public long add(Viewer viewer, ServiceDetails details) {
        requireEditor(viewer);
        requireOrganization(details.organizationId());
        OfferService service = services.saveAndFlush(OfferService.add(details, LocalDate.now(clock)));
        keep(service, VersionChange.ADDED, viewer);
        return service.getId();
    }

    /** Changes an entry as it stood at {@code version}; a later change made meanwhile is a conflict. */
    @Transactional
    public void change(Viewer viewer, long id, int version, ServiceDetails details) {
        OfferService service = current(viewer, id, version);
        if (isEditor(viewer)) {
            requireOrganization(details.organizationId());
        } else if (!providerOf(viewer, details.organizationId())) {
            // a provider cannot hand its entry to another organisation
            throw outsideScope(viewer, id, "organisation " + details.organizationId() + " is not the provider's");
        }
        service.change(details, LocalDate.now(clock));
        keep(services.saveAndFlush(service), VersionChange.CHANGED, viewer);
    }

    @Transactional
    public void markChecked(Viewer viewer, long id, int version) {
        OfferService service = current(viewer, id, version);
        service.markChecked(LocalDate.now(clock));
        keep(services.saveAndFlush(service), VersionChange.CHECKED, viewer);
    }

    /** Takes an entry off the public Local Offer: the council's editors only. */
    @Transactional
    public void withdraw(Viewer viewer, long id, int version) {
        requireEditor(viewer);
        OfferService service = current(viewer, id, version);
        service.withdraw();
        keep(services.saveAndFlush(service), VersionChange.WITHDRAWN, viewer);
    }

    /** Every entry, published and withdrawn, a page at a time in id order, for the editor's CSV export. */
    @Transactional(readOnly = true)
    public List<ServiceView> exportPage(Viewer viewer, long afterId, int limit) {
        requireEditor(viewer);
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select s.*, o.name as organization_name, o.description as organization_description,
                               f.name as footprint_name,
                               (select string_agg(n.need, ',' order by n.need) from offer_service_need n
                                where n.service_id = s.id) as needs
                        """ + FROM + " where s.id > :after order by s.id limit :limit")
                .param("after", afterId).param("limit", limit)
                .query((rs, n) -> {
                    String needs = rs.getString("needs");
                    List<NeedCode> codes = needs == null ? List.of()
                            : Arrays.stream(needs.split(",")).map(NeedCode::valueOf).sorted().toList();
                    return view(rs, codes, today);
                })
                .list();
    }

    // ---- imports (Open Referral UK files from another directory)

    /** What importing the services would do, without changing anything. */
    @Transactional(readOnly = true)
    public List<ImportPreview> previewImport(Viewer viewer, List<ImportedService> imported) {
        requireEditor(viewer);
        java.util.Set<String> newOrganizations = new java.util.HashSet<>();
        return imported.stream().map(i -> {
            Long organization = organizationNamed(i.organizationName());
            boolean isNew = organization == null && newOrganizations.add(i.organizationName().strip());
            return new ImportPreview(i.details().name(), i.organizationName(), match(i, organization), isNew);
        }).toList();
    }

    /**
     * Imports the services in one transaction: each added, or changed where it matches an entry, as a new version
     * (so each is versioned and audited like an editor's change), organisations added as needed, and the import
     * itself audited. Answers how many were added and how many changed.
     */
    @Transactional
    public int[] importServices(Viewer viewer, List<ImportedService> imported, String fileName) {
        requireEditor(viewer);
        int added = 0;
        int changed = 0;
        for (ImportedService i : imported) {
            Long organization = organizationNamed(i.organizationName());
            if (organization == null) {
                organization = jdbc.sql("""
                                insert into offer_organization (name, description) values (:name, :description)
                                returning id""")
                        .param("name", i.organizationName().strip())
                        .param("description", i.organizationDescription() == null || i.organizationDescription().isBlank()
                                ? i.organizationName().strip() : i.organizationDescription().strip())
                        .query(Long.class).single();
            }
            ServiceDetails details = i.details().withOrganization(organization);
            Long existing = match(i, organization);
            if (existing == null) {
                add(viewer, details);
                added++;
            } else {
                OfferService service = services.findById(existing).orElseThrow();
                service.change(details, LocalDate.now(clock));
                keep(services.saveAndFlush(service), VersionChange.CHANGED, viewer);
                changed++;
            }
        }
        audit.record(viewer, AuditAction.OFFER_IMPORTED, ENTITY, null,
                fileName + ": " + added + " added, " + changed + " changed");
        return new int[] {added, changed};
    }

    private Long organizationNamed(String name) {
        return jdbc.sql("select id from offer_organization where lower(name) = lower(:name)")
                .param("name", name.strip()).query(Long.class).optional().orElse(null);
    }

    /** The published entry an imported service is: the one its id names, or else one of its name and organisation. */
    private Long match(ImportedService i, Long organization) {
        if (i.serviceId() != null && isPublished(i.serviceId())) {
            return i.serviceId();
        }
        if (organization == null) {
            return null;
        }
        return jdbc.sql("""
                        select id from offer_service where status = 'ACTIVE' and organization_id = :organization
                        and lower(name) = lower(:name) order by id limit 1""")
                .param("organization", organization).param("name", i.details().name().strip())
                .query(Long.class).optional().orElse(null);
    }

    /** The kept versions of an entry, newest first. */
    @Transactional(readOnly = true)
    public List<ServiceVersionView> versions(Viewer viewer, long id) {
        requireMayKeep(viewer, id);
        return jdbc.sql("""
                        select service_id, version, change, changed_by, changed_at from offer_service_version
                        where service_id = :id order by version desc""")
                .param("id", id)
                .query((rs, n) -> version(rs, Map.of()))
                .list();
    }

    /** One kept version with the entry's fields as they stood. */
    @Transactional(readOnly = true)
    public ServiceVersionView version(Viewer viewer, long id, int number) {
        requireMayKeep(viewer, id);
        Map<String, String> content = new LinkedHashMap<>();
        jdbc.sql("""
                        select e.key, e.value from offer_service_version v, jsonb_each_text(v.content) e
                        where v.service_id = :id and v.version = :number""")
                .param("id", id).param("number", number)
                .query((ResultSet rs) -> {
                    content.put(rs.getString("key"), rs.getString("value"));
                });
        Map<String, String> ordered = new LinkedHashMap<>();
        COLUMNS.stream().filter(content::containsKey).forEach(c -> ordered.put(c, content.get(c)));
        return jdbc.sql("""
                        select service_id, version, change, changed_by, changed_at from offer_service_version
                        where service_id = :id and version = :number""")
                .param("id", id).param("number", number)
                .query((rs, n) -> version(rs, ordered))
                .optional().orElseThrow(() -> new NoSuchElementException("No version " + number + " of " + id));
    }

    /** The columns a version shows, in the order the service page reads. */
    private static final List<String> COLUMNS = List.of("name", "organization", "description", "who_for", "how_to_access",
            "category", "access", "cost", "cost_detail", "min_age", "max_age", "footprint", "needs", "location_name",
            "address", "postcode", "schedule", "phone", "email", "url", "accessibility", "status", "last_checked_on");

    // ---- inside

    private OfferService current(Viewer viewer, long id, int version) {
        requireMayKeep(viewer, id);
        OfferService service = services.findById(id).orElseThrow(() -> new NoSuchElementException("No service " + id));
        if (service.getVersion() != version) {
            throw new OptimisticLockingFailureException("Service " + id + " has changed since version " + version);
        }
        return service;
    }

    /** Keeps the entry as it now stands (read back from the row, so the version is exactly what was stored). */
    private void keep(OfferService service, VersionChange change, Viewer viewer) {
        jdbc.sql("""
                        insert into offer_service_version (service_id, version, change, content, changed_by, changed_at)
                        select s.id, s.version, :change,
                               (to_jsonb(s) - 'search' - 'id' - 'version' - 'edit_count' - 'organization_id' - 'footprint_id')
                               || jsonb_build_object('organization', o.name, 'footprint', coalesce(f.name, ''),
                                   'needs', coalesce((select string_agg(n.need, ', ' order by n.need)
                                                      from offer_service_need n where n.service_id = s.id), '')),
                               :by, :at
                        from offer_service s join offer_organization o on o.id = s.organization_id
                        left join footprint f on f.id = s.footprint_id
                        where s.id = :id""")
                .param("id", service.getId()).param("change", change.name()).param("by", viewer.email())
                .param("at", OffsetDateTime.now(clock))
                .update();
        audit.record(viewer, switch (change) {
            case ADDED -> AuditAction.OFFER_SERVICE_ADDED;
            case CHANGED -> AuditAction.OFFER_SERVICE_CHANGED;
            case WITHDRAWN -> AuditAction.OFFER_SERVICE_WITHDRAWN;
            case CHECKED -> AuditAction.OFFER_SERVICE_CHECKED;
        }, ENTITY, service.getId(), "version " + service.getVersion());
    }

    private void requireOrganization(long id) {
        if (!isOrganization(id)) {
            throw new NoSuchElementException("No organisation " + id);
        }
    }

    /** The Local Offer's editors: its own role and administrators. The web's routes say the same. */
    static boolean isEditor(Viewer viewer) {
        return viewer != null && (viewer.is(Role.LOCAL_OFFER) || viewer.is(Role.ADMIN));
    }

    static void requireEditor(Viewer viewer) {
        if (!isEditor(viewer)) {
            throw new NotInScopeException(ENTITY);
        }
    }

    private static void requireProvider(Viewer viewer) {
        if (viewer == null || !viewer.is(Role.PROVIDER)) {
            throw new NotInScopeException(ENTITY);
        }
    }

    /** The entries the viewer keeps, as a where clause on {@code s} with the parameter {@code :user}. */
    private static String scope(Viewer viewer) {
        if (isEditor(viewer)) {
            return " where true";
        }
        requireProvider(viewer);
        return " where s.organization_id in (select p.organization_id from offer_provider_account p where p.user_id = :user)";
    }

    private boolean providerOf(Viewer viewer, long organizationId) {
        return jdbc.sql("""
                        select exists (select 1 from offer_provider_account where user_id = :user
                                       and organization_id = :organization)""")
                .param("user", viewer.userId()).param("organization", organizationId).query(Boolean.class).single();
    }

    /**
     * An editor keeps every entry; a provider those of its organisations: another entry answers as an unknown one
     * would (not found), and the refusal is audited in its own transaction.
     */
    private void requireMayKeep(Viewer viewer, long id) {
        if (isEditor(viewer)) {
            return;
        }
        requireProvider(viewer);
        long organization = jdbc.sql("select organization_id from offer_service where id = :id").param("id", id)
                .query(Long.class).optional().orElseThrow(() -> new NoSuchElementException("No service " + id));
        if (!providerOf(viewer, organization)) {
            throw outsideScope(viewer, id, "another organisation's entry");
        }
    }

    private NoSuchElementException outsideScope(Viewer viewer, long id, String why) {
        audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, ENTITY, id, why);
        return new NoSuchElementException("No service " + id);
    }

    private ServiceView load(long id) {
        LocalDate today = LocalDate.now(clock);
        List<NeedCode> needs = jdbc.sql("select need from offer_service_need where service_id = :id")
                .param("id", id).query(String.class).list().stream().map(NeedCode::valueOf).sorted().toList();
        return jdbc.sql("""
                        select s.*, o.name as organization_name, o.description as organization_description,
                               f.name as footprint_name
                        """ + FROM + " where s.id = :id")
                .param("id", id)
                .query((rs, n) -> view(rs, needs, today))
                .optional().orElseThrow(() -> new NoSuchElementException("No service " + id));
    }

    private static ServiceView view(ResultSet rs, List<NeedCode> needs, LocalDate today) throws SQLException {
        LocalDate checked = rs.getObject("last_checked_on", LocalDate.class);
        return new ServiceView(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("organization_name"),
                rs.getString("organization_description"), rs.getString("name"), rs.getString("description"),
                rs.getString("who_for"), rs.getString("how_to_access"), Category.valueOf(rs.getString("category")),
                Access.valueOf(rs.getString("access")), Cost.valueOf(rs.getString("cost")), rs.getString("cost_detail"),
                rs.getInt("min_age"), rs.getInt("max_age"), (Long) rs.getObject("footprint_id"),
                rs.getString("footprint_name"), needs, rs.getString("location_name"), rs.getString("address"),
                rs.getString("postcode"), rs.getString("schedule"), rs.getString("phone"), rs.getString("email"),
                rs.getString("url"), rs.getString("accessibility"), ServiceStatus.valueOf(rs.getString("status")),
                checked, rs.getInt("version"), checkDue(checked, today));
    }

    private static ServiceSummary summary(ResultSet rs, int n) throws SQLException {
        return new ServiceSummary(rs.getLong("id"), rs.getString("name"), rs.getString("organization_name"),
                rs.getString("description"), Category.valueOf(rs.getString("category")),
                Access.valueOf(rs.getString("access")), Cost.valueOf(rs.getString("cost")), rs.getInt("min_age"),
                rs.getInt("max_age"), rs.getString("footprint_name"), rs.getObject("last_checked_on", LocalDate.class),
                rs.getLong("organization_id"), rs.getString("organization_description"), rs.getString("url"),
                rs.getString("email"), rs.getString("location_name"));
    }

    private static ServiceVersionView version(ResultSet rs, Map<String, String> content) throws SQLException {
        return new ServiceVersionView(rs.getLong("service_id"), rs.getInt("version"),
                VersionChange.valueOf(rs.getString("change")), rs.getString("changed_by"),
                london(rs.getObject("changed_at", OffsetDateTime.class)), content);
    }

    /** A time as the council's pages show it: in London. */
    static LocalDateTime london(OffsetDateTime time) {
        return time.atZoneSameInstant(LONDON).toLocalDateTime();
    }

    /** The needs a service may be for, in their census order (for forms and filters). */
    public static List<NeedCode> needs() {
        return Arrays.stream(NeedCode.values()).filter(n -> n != NeedCode.NSA).toList();
    }
}
