package uk.send.domain.testing;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManager;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.NewAccount;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.access.internal.UserAccount;
import uk.send.domain.children.Relationship;
import uk.send.domain.children.internal.Child;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingDetails;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.domain.reference.internal.ReferenceEntities;

/** Builds scenarios for the domain's integration tests: unique names so tests never collide. */
@Component
public class Fixtures {

    public static final String PASSWORD = "a long enough passphrase";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    public static final Viewer SYSTEM = new Viewer(0, "tests@example.test", Role.ADMIN, Set.of(), null);

    private final ReferenceData reference;
    private final ReferenceEntities entities;
    private final AccountService accounts;
    private final EntityManager entityManager;
    private final TransactionTemplate tx;

    Fixtures(ReferenceData reference, ReferenceEntities entities, AccountService accounts, EntityManager entityManager, TransactionTemplate tx) {
        this.reference = reference;
        this.entities = entities;
        this.accounts = accounts;
        this.entityManager = entityManager;
        this.tx = tx;
    }

    public static int next() {
        return SEQUENCE.incrementAndGet();
    }

    public FootprintView footprint() {
        int n = next();
        return reference.createFootprint("FP" + n, "Footprint " + n, SYSTEM);
    }

    public SettingView school(FootprintView footprint) {
        int n = next();
        return reference.createSetting(new SettingDetails(String.valueOf(300000 + n), "School " + n,
                SettingType.MAINSTREAM_MAINTAINED, Phase.PRIMARY, footprint.id(), null, true), SYSTEM);
    }

    public AccountView account(Role role, Long settingId, Set<Long> footprintIds) {
        if (role == Role.YOUNG_PERSON) {
            FootprintView home = footprint();
            return youngPerson(child(home, school(home), null));
        }
        return accounts.create(new NewAccount("user" + next() + "@example.test", "Test User", role, settingId,
                footprintIds, PASSWORD), SYSTEM);
    }

    /** The young person's own account for this child's record (made as an invitation makes it). */
    public AccountView youngPerson(long childId) {
        return accounts.createInvitedYoungPerson("young" + next() + "@example.test", "Young Person", childId, SYSTEM);
    }

    /** A child living in the footprint, on roll at the setting (may be null), with a carer linked to the parent account (may be null). */
    public long child(FootprintView home, SettingView setting, AccountView parent) {
        return tx.execute(status -> {
            Child child = new Child("Alex", "Tester" + next(), LocalDate.of(2015, 3, 1),
                    entities.footprint(home.id()));
            if (setting != null) {
                child.attendSetting(entities.setting(setting.id()));
            }
            if (parent != null) {
                child.addCarer("Sam", "Tester", Relationship.PARENT, true)
                        .linkAccount(entityManager.getReference(UserAccount.class, parent.id()));
            }
            entityManager.persist(child);
            return child.getId();
        });
    }

    /** A child living in the footprint, with one carer (a mother, with parental responsibility) not linked to any account. */
    public long childWithCarer(FootprintView home, String familyName) {
        return tx.execute(status -> {
            Child child = new Child("Alex", familyName, LocalDate.of(2015, 3, 1), entities.footprint(home.id()));
            child.addCarer("Sam", familyName, Relationship.MOTHER, true);
            entityManager.persist(child);
            return child.getId();
        });
    }

    /**
     * Two footprints with a school in each; a parent whose child lives in the first and attends its school;
     * another child in the second footprint with no parent linked.
     */
    public record TwoFamilies(FootprintView north, FootprintView south, SettingView northSchool, AccountView parent,
                              long ownChild, long otherChild) {
    }

    public TwoFamilies twoFamiliesInTwoFootprints() {
        FootprintView north = footprint();
        FootprintView south = footprint();
        SettingView northSchool = school(north);
        AccountView parent = account(Role.PARENT, null, Set.of());
        long ownChild = child(north, northSchool, parent);
        long otherChild = child(south, school(south), null);
        return new TwoFamilies(north, south, northSchool, parent, ownChild, otherChild);
    }
}
