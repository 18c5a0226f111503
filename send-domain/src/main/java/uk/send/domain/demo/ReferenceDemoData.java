package uk.send.domain.demo;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.send.domain.demo.DemoCatalogue.DemoAccount;
import uk.send.domain.demo.DemoCatalogue.DemoFootprint;
import uk.send.domain.demo.DemoCatalogue.DemoSetting;
import uk.send.domain.demo.DemoChildren.DemoCarer;
import uk.send.domain.demo.DemoChildren.DemoChild;
import uk.send.domain.reference.NhsNumber;

/**
 * Loads the demo's footprints, settings, children, carers and accounts when {@code send.demo-data=true}.
 * First of the demo loaders ({@code @Order(0)}): later modules' loaders build on these rows.
 *
 * <p>Runs once: if {@link DemoAccounts#ADMIN} exists the data is there and nothing is done, so the
 * application can restart on the same database. Everything is written in one transaction. The log
 * says how many rows were written, never whose.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("send.demo-data")
public class ReferenceDemoData implements ApplicationRunner {

    /** Fixed, so that every demo shows the same people (for a given day: ages follow the calendar). */
    static final long SEED = 20_260_401L;

    /** Below the demo children's NHS numbers (which start at 999 100 000), so the duplicate's is its own. */
    private static final long DUPLICATE_NHS_STEM = 999_000_001L;

    private static final Logger log = LoggerFactory.getLogger(ReferenceDemoData.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate tx;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    ReferenceDemoData(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate tx,
                      PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.tx = tx;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        Counts counts = tx.execute(status -> alreadyLoaded() ? null : load());
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (counts == null) {
            log.info("Demo reference data already present; nothing loaded");
            return;
        }
        log.info("Demo reference data loaded in {} ms: {} footprints, {} settings, {} children, {} carers, {} accounts",
                millis, counts.footprints(), counts.settings(), counts.children(), counts.carers(), counts.accounts());
    }

    private boolean alreadyLoaded() {
        return jdbc.sql("select exists (select 1 from app_user where email = :email)")
                .param("email", DemoAccounts.ADMIN)
                .query(Boolean.class)
                .single();
    }

    private Counts load() {
        Map<String, Long> footprints = insertFootprints();
        Map<String, Long> settings = insertSettings(footprints);
        // hashing is deliberately slow: once for all the accounts
        Map<String, Long> accounts = insertAccounts(passwordEncoder.encode(DemoAccounts.PASSWORD), footprints, settings);
        List<DemoChild> children = DemoChildren.generate(SEED, LocalDate.now(clock));
        int carers = insertChildren(children, footprints, settings, accounts.get(DemoAccounts.PARENT));
        insertPostcodes(footprints);
        insertLikelyDuplicate(children, footprints);
        return new Counts(footprints.size(), settings.size(), children.size() + 1, carers + 1, accounts.size());
    }

    private Map<String, Long> insertFootprints() {
        Map<String, Long> ids = new HashMap<>();
        for (DemoFootprint footprint : DemoCatalogue.FOOTPRINTS) {
            ids.put(footprint.code(), jdbc.sql("insert into footprint (code, name) values (:code, :name) returning id")
                    .param("code", footprint.code())
                    .param("name", footprint.name())
                    .query(Long.class)
                    .single());
        }
        return ids;
    }

    /** Keyed by URN. A resource base follows its host in the catalogue, so the host's id is known. */
    private Map<String, Long> insertSettings(Map<String, Long> footprints) {
        Map<String, Long> ids = new HashMap<>();
        for (DemoSetting setting : DemoCatalogue.SETTINGS) {
            ids.put(setting.urn(), jdbc.sql("""
                            insert into setting (urn, name, type, phase, footprint_id, host_setting_id, in_area)
                            values (:urn, :name, :type, :phase, :footprint, :host, :inArea) returning id""")
                    .param("inArea", !DemoCatalogue.OUT_OF_AREA_URNS.contains(setting.urn()))
                    .param("urn", setting.urn())
                    .param("name", setting.name())
                    .param("type", setting.type().name())
                    .param("phase", setting.phase().name())
                    .param("footprint", footprints.get(setting.footprint()))
                    .param("host", setting.hostUrn() == null ? null : ids.get(setting.hostUrn()), Types.BIGINT)
                    .query(Long.class)
                    .single());
        }
        return ids;
    }

    /** Keyed by e-mail address. */
    private Map<String, Long> insertAccounts(String passwordHash, Map<String, Long> footprints, Map<String, Long> settings) {
        Map<String, Long> ids = new HashMap<>();
        List<Object[]> scopes = new ArrayList<>();
        for (DemoAccount account : DemoCatalogue.ACCOUNTS) {
            long id = jdbc.sql("""
                            insert into app_user (email, display_name, password_hash, role, setting_id)
                            values (:email, :name, :hash, :role, :setting) returning id""")
                    .param("email", account.email())
                    .param("name", account.displayName())
                    .param("hash", passwordHash)
                    .param("role", account.role().name())
                    .param("setting", account.settingUrn() == null ? null : settings.get(account.settingUrn()), Types.BIGINT)
                    .query(Long.class)
                    .single();
            ids.put(account.email(), id);
            account.footprints().forEach(code -> scopes.add(new Object[] {id, footprints.get(code)}));
        }
        jdbcTemplate.batchUpdate("insert into app_user_footprint (user_id, footprint_id) values (?, ?)", scopes,
                new int[] {Types.BIGINT, Types.BIGINT});
        return ids;
    }

    /** Children one by one (each id is needed for its carers), then all the carers in one batch. */
    private int insertChildren(List<DemoChild> children, Map<String, Long> footprints, Map<String, Long> settings,
                               long parentAccount) {
        List<Object[]> carers = new ArrayList<>();
        for (DemoChild child : children) {
            long id = jdbc.sql("""
                            insert into child (given_name, family_name, date_of_birth, upn, nhs_number, home_footprint_id,
                                               setting_id, primary_need, secondary_need, sen_provision)
                            values (:given, :family, :born, :upn, :nhs, :home, :setting, :primary, :secondary, :provision)
                            returning id""")
                    .param("given", child.givenName())
                    .param("family", child.familyName())
                    .param("born", child.dateOfBirth())
                    .param("upn", child.upn() == null ? null : child.upn().value(), Types.VARCHAR)
                    .param("nhs", child.nhsNumber().value())
                    .param("home", footprints.get(child.homeFootprint()))
                    .param("setting", child.settingUrn() == null ? null : settings.get(child.settingUrn()), Types.BIGINT)
                    .param("primary", child.primaryNeed() == null ? null : child.primaryNeed().name(), Types.VARCHAR)
                    .param("secondary", child.secondaryNeed() == null ? null : child.secondaryNeed().name(), Types.VARCHAR)
                    .param("provision", child.provision().code())
                    .query(Long.class)
                    .single();
            for (DemoCarer carer : child.carers()) {
                carers.add(new Object[] {id, carer.givenName(), carer.familyName(), carer.relationship().name(),
                        carer.parentalResponsibility(), carer.email(), carer.phone(),
                        carer.demoParent() ? parentAccount : null});
            }
        }
        jdbcTemplate.batchUpdate("""
                        insert into carer (child_id, given_name, family_name, relationship, parental_responsibility,
                                           email, phone, user_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""", carers,
                new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR,
                        Types.VARCHAR, Types.BIGINT});
        return carers.size();
    }

    /**
     * A prefix an administrator has already given a footprint keeps it: the demo never takes a district away from a
     * footprint someone chose (in the merged suite of stop 30 the demo found one of its prefixes already held).
     */
    private void insertPostcodes(Map<String, Long> footprints) {
        DemoCatalogue.POSTCODES.forEach((footprint, prefixes) -> prefixes.forEach(prefix ->
                jdbc.sql("insert into footprint_postcode (prefix, footprint_id) values (:prefix, :footprint) on conflict (prefix) do nothing")
                        .param("prefix", prefix).param("footprint", footprints.get(footprint)).update()));
    }

    /**
     * A second record of the first North child with no UPN (as if typed in again by someone who did not find
     * the first), so an administrator can see a likely duplicate and merge it.
     */
    private void insertLikelyDuplicate(List<DemoChild> children, Map<String, Long> footprints) {
        DemoChild original = children.stream().filter(c -> c.homeFootprint().equals(DemoCatalogue.NORTH))
                .findFirst().orElseThrow();
        long id = jdbc.sql("""
                        insert into child (given_name, family_name, date_of_birth, nhs_number, home_footprint_id,
                                           home_postcode)
                        values (:given, :family, :born, :nhs, :home, 'DB1 4AA') returning id""")
                .param("given", original.givenName())
                .param("family", original.familyName())
                .param("born", original.dateOfBirth())
                .param("nhs", NhsNumber.generate(DUPLICATE_NHS_STEM).value())
                .param("home", footprints.get(DemoCatalogue.NORTH))
                .query(Long.class)
                .single();
        DemoCarer carer = original.carers().get(0);
        jdbc.sql("""
                        insert into carer (child_id, given_name, family_name, relationship, parental_responsibility, phone)
                        values (:child, :given, :family, :relationship, :pr, :phone)""")
                .param("child", id).param("given", carer.givenName()).param("family", carer.familyName())
                .param("relationship", carer.relationship().name()).param("pr", carer.parentalResponsibility())
                .param("phone", carer.phone(), Types.VARCHAR)
                .update();
    }

    private record Counts(int footprints, int settings, int children, int carers, int accounts) {
    }
}
