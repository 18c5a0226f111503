package uk.send.web.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import uk.send.domain.access.Role;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.children.Relationship;
import uk.send.domain.demo.NeedMix;
import uk.send.domain.reference.NationalCurriculumYear;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.NhsNumber;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.Upn;

/**
 * Children, their carers, and the parents' accounts. Exactly {@link Scale#plans()} children with an EHC plan (E),
 * {@link Scale#senSupport()} at SEN Support (K) and {@link Scale#withoutSen()} with none (N), in a random order;
 * ages drawn as year groups, each child in a setting of the right phase (with a plan, a special school nearly half
 * the time), mostly in their home footprint. Every child from Reception up has a valid UPN (LA number 999, which
 * no council has); NHS numbers come from the range the NHS keeps for testing (999 000 0000 to 999 999 9999),
 * about 909,000 of them, so at {@code national} scale the children after those have none. One child in
 * {@value #CHILDREN_PER_PARENT_ACCOUNT} has a carer with an account ({@code parent.1@gen.send}, …); the first
 * child has a plan, so {@code parent.1} sees one.
 */
final class ChildrenArea implements Area {

    static final int CHILDREN_PER_PARENT_ACCOUNT = 40;

    /** No local authority has DfE number 999, so no generated UPN can be a real pupil's. */
    private static final int LA_NUMBER = 999;
    private static final long FIRST_NHS_STEM = 999_000_000L;
    private static final long LAST_NHS_STEM = 999_999_999L;

    private enum Slot { EARLY_YEARS, PRIMARY, SECONDARY, SPECIAL, RESOURCE_BASE, POST_16, ALTERNATIVE }

    private static final List<NeedCode> NEEDS = NeedMix.WEIGHTED;

    @Override
    public String name() {
        return "children";
    }

    @Override
    public void generate(Generation g) {
        new Writer(g).write();
    }

    private static final class Writer {
        private final Generation g;
        private final SplittableRandom random;
        private final int academicYear;
        private final List<Map<Slot, List<Integer>>> slots = new ArrayList<>();
        private final Map<Integer, Integer> upnSerials = new HashMap<>();
        private long nextNhsStem = FIRST_NHS_STEM;
        private final CopyTable children;
        private final CopyTable parents;
        private final CopyTable carers;

        Writer(Generation g) {
            this.g = g;
            this.random = g.random("children");
            this.academicYear = NationalCurriculumYear.academicYearStart(g.today).getYear();
            for (List<Integer> inFootprint : ReferenceArea.byFootprint(g)) {
                Map<Slot, List<Integer>> bySlot = new EnumMap<>(Slot.class);
                for (Slot s : Slot.values()) {
                    bySlot.put(s, new ArrayList<>());
                }
                inFootprint.forEach(i -> bySlot.get(slot(g.settings.get(i))).add(i));
                slots.add(bySlot);
            }
            children = g.table("child", "id, given_name, family_name, date_of_birth, upn, nhs_number, home_footprint_id, "
                    + "setting_id, primary_need, secondary_need, sen_provision, created_at");
            parents = g.table("app_user", "id, email, display_name, password_hash, role, created_at, updated_at");
            carers = g.table("carer", "child_id, given_name, family_name, relationship, parental_responsibility, email, "
                    + "phone, user_id, created_at");
        }

        void write() {
            char[] provisions = provisions();
            g.children = new Generation.Child[provisions.length];
            for (int i = 0; i < provisions.length; i++) {
                g.children[i] = child(i, provisions[i]);
            }
        }

        /** Exactly the scale's numbers of E, K and N, shuffled; the first child has a plan. */
        private char[] provisions() {
            Scale s = g.scale;
            char[] p = new char[s.children()];
            Arrays.fill(p, 0, s.plans(), 'E');
            Arrays.fill(p, s.plans(), s.plans() + s.senSupport(), 'K');
            Arrays.fill(p, s.plans() + s.senSupport(), p.length, 'N');
            for (int i = p.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                char t = p[i];
                p[i] = p[j];
                p[j] = t;
            }
            for (int i = 0; i < p.length && p[0] != 'E'; i++) {
                if (p[i] == 'E') {
                    p[i] = p[0];
                    p[0] = 'E';
                }
            }
            return p;
        }

        private Generation.Child child(int index, char provision) {
            long id = g.nextId("child");
            int home = random.nextInt(g.footprints.size());
            int year = yearGroup(provision);
            LocalDate born = bornIn(year);
            int setting = setting(home, year, provision);
            NeedCode primary = provision == 'N' ? null : need(provision == 'E' ? NeedCode.NSA : null);
            NeedCode secondary = primary != null && random.nextInt(10) < 3 ? need(primary) : null;
            String family = Names.pick(random, Names.FAMILY);
            Instant created = Generation.at(g.today.minusYears(1), 8, 0);
            children.add(id).add(Names.pick(random, Names.CHILD_GIVEN)).add(family).add(born).add(upn(year))
                    .add(nhsNumber()).add(g.footprints.get(home).id())
                    .add(setting < 0 ? null : g.settings.get(setting).id())
                    .add(primary == null ? null : primary.name()).add(secondary == null ? null : secondary.name())
                    .add(String.valueOf(provision)).add(created).end();
            carers(id, index, family, created);
            boolean recent = false;
            LocalDate issued = null;
            if (provision == 'E') {
                LocalDate earliest = born.plusYears(2).isAfter(g.today.minusYears(9)) ? born.plusYears(2) : g.today.minusYears(9);
                LocalDate latest = g.today.minusDays(731);
                recent = random.nextInt(100) < 27 || !earliest.isBefore(latest);
                if (!recent) {
                    issued = earliest.plusDays(random.nextLong(ChronoUnit.DAYS.between(earliest, latest)));
                }
            }
            return new Generation.Child(id, home, setting, born, provision, primary, recent, issued);
        }

        // --- ages and settings

        private int yearGroup(char provision) {
            int r = random.nextInt(100);
            return switch (provision) {
                case 'E' -> r < 3 ? -1 : r < 41 ? between(0, 6) : r < 78 ? between(7, 11) : r < 88 ? between(12, 13)
                        : between(14, 19);
                case 'K' -> r < 4 ? between(-2, -1) : r < 56 ? between(0, 6) : r < 96 ? between(7, 11) : between(12, 13);
                default -> between(0, 11);
            };
        }

        private LocalDate bornIn(int year) {
            LocalDate cohortStart = LocalDate.of(academicYear - 5 - year, 9, 1);
            LocalDate born = cohortStart.plusDays(random.nextInt(365));
            return born.isAfter(g.today) ? g.today : born;
        }

        private int setting(int home, int year, char provision) {
            Slot slot;
            if (year < 0) {
                if (provision != 'E' && random.nextInt(4) == 0) {
                    return -1;
                }
                slot = Slot.EARLY_YEARS;
            } else if (year > NationalCurriculumYear.LAST_SCHOOL_YEAR) {
                if (provision != 'E') {
                    return -1;
                }
                slot = Slot.POST_16;
            } else if (provision == 'E' && random.nextInt(100) < 45) {
                slot = random.nextInt(5) == 0 ? Slot.RESOURCE_BASE : Slot.SPECIAL;
            } else if (provision == 'K' && year >= 7 && random.nextInt(20) == 0) {
                slot = Slot.ALTERNATIVE;
            } else {
                slot = year <= 6 ? Slot.PRIMARY : year <= 11 || random.nextBoolean() ? Slot.SECONDARY : Slot.POST_16;
            }
            int footprint = random.nextInt(100) < 85 ? home : (home + 1) % g.footprints.size();
            List<Integer> candidates = slots.get(footprint).get(slot);
            if (candidates.isEmpty()) {
                candidates = slots.get(home).get(slot);
            }
            return candidates.get(random.nextInt(candidates.size()));
        }

        private static Slot slot(Generation.Setting s) {
            SettingType t = s.type();
            if (t == SettingType.RESOURCE_BASE) {
                return Slot.RESOURCE_BASE;
            }
            if (t.isSpecialist()) {
                return Slot.SPECIAL;
            }
            if (t == SettingType.ALTERNATIVE_PROVISION) {
                return Slot.ALTERNATIVE;
            }
            return switch (s.phase()) {
                case EARLY_YEARS -> Slot.EARLY_YEARS;
                case PRIMARY -> Slot.PRIMARY;
                case SECONDARY, ALL_THROUGH -> Slot.SECONDARY;
                case POST_16 -> Slot.POST_16;
            };
        }

        private NeedCode need(NeedCode not) {
            NeedCode need = NEEDS.get(random.nextInt(NEEDS.size()));
            while (need == not || need == NeedCode.NSA && not != null) {
                need = NEEDS.get(random.nextInt(NEEDS.size()));
            }
            return need;
        }

        // --- identifiers

        /** From Reception: issued in the child's Reception year, serials counted per year across the council. */
        private String upn(int year) {
            if (year < NationalCurriculumYear.RECEPTION) {
                return null;
            }
            int receptionYear = (academicYear - year) % 100;
            int n = upnSerials.merge(receptionYear, 1, Integer::sum) - 1;
            return Upn.generate(LA_NUMBER, n / 1000, receptionYear, n % 1000).value();
        }

        private String nhsNumber() {
            if (nextNhsStem > LAST_NHS_STEM) {
                return null;
            }
            NhsNumber number = NhsNumber.generate(nextNhsStem);
            nextNhsStem = Long.parseLong(number.value().substring(0, 9)) + 1;
            return number.value();
        }

        // --- carers

        private void carers(long childId, int index, String childFamily, Instant created) {
            int r = random.nextInt(100);
            Relationship first = r < 60 ? Relationship.MOTHER : r < 78 ? Relationship.FATHER : r < 86 ? Relationship.PARENT
                    : r < 92 ? Relationship.GRANDPARENT : r < 97 ? Relationship.FOSTER_CARER : Relationship.GUARDIAN;
            Long account = null;
            String given = Names.pick(random, Names.ADULT_GIVEN);
            if (index % CHILDREN_PER_PARENT_ACCOUNT == 0) {
                account = parentAccount(index / CHILDREN_PER_PARENT_ACCOUNT + 1, given + " " + childFamily);
                g.audit(Generation.at(g.today.minusYears(1), 11, 0), g.adminId, g.admin, AuditAction.CARER_LINKED,
                        "CHILD", childId, null);
            }
            carer(childId, first, given, childFamily, account, created);
            if (random.nextBoolean()) {
                Relationship second = switch (first) {
                    case MOTHER -> random.nextInt(6) == 0 ? Relationship.PARENT : Relationship.FATHER;
                    case FATHER -> Relationship.MOTHER;
                    case GRANDPARENT, FOSTER_CARER -> first;
                    default -> Relationship.OTHER_RELATIVE;
                };
                carer(childId, second, Names.pick(random, Names.ADULT_GIVEN), childFamily, null, created);
            }
        }

        private void carer(long childId, Relationship relationship, String given, String childFamily, Long account,
                           Instant created) {
            boolean parental = switch (relationship) {
                case MOTHER, FATHER, PARENT, GUARDIAN -> true;
                default -> false;
            };
            String family = !parental || random.nextInt(100) >= 85 ? Names.pick(random, Names.FAMILY) : childFamily;
            String email = account != null || random.nextBoolean()
                    ? (given + "." + family).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "@example.com" : null;
            String phone = random.nextInt(10) < 7 ? String.format("07700 900%03d", random.nextInt(1000)) : null;
            carers.add(childId).add(given).add(family).add(relationship.name()).add(parental).add(email).add(phone)
                    .add(account).add(created).end();
        }

        private long parentAccount(int n, String displayName) {
            long id = g.nextId("app_user");
            parents.add(id).add(AccountsArea.email("parent." + n)).add(displayName).add(g.passwordHash)
                    .add(Role.PARENT.name()).add(Generation.at(g.today.minusYears(1), 11, 0))
                    .add(Generation.at(g.today.minusYears(1), 11, 0)).end();
            return id;
        }

        private int between(int lowest, int highest) {
            return lowest + random.nextInt(highest - lowest + 1);
        }
    }
}
