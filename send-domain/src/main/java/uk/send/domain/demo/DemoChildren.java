package uk.send.domain.demo;

import static uk.send.domain.demo.DemoCatalogue.FAMILY_NAMES;
import static uk.send.domain.demo.DemoCatalogue.FOOTPRINTS;
import static uk.send.domain.demo.DemoCatalogue.GIVEN_NAMES;
import static uk.send.domain.demo.DemoCatalogue.NORTH;
import static uk.send.domain.demo.DemoCatalogue.SENCO_SCHOOL_URN;
import static uk.send.domain.demo.DemoCatalogue.SETTINGS;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import uk.send.domain.children.Relationship;
import uk.send.domain.demo.DemoCatalogue.DemoSetting;
import uk.send.domain.reference.NationalCurriculumYear;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.NhsNumber;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.SenProvision;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.Upn;

/**
 * Invents the demo children and their carers. The same seed and the same day give the same children;
 * ages are drawn as year groups, so that every child is in a setting of the right phase.
 */
final class DemoChildren {

    /** A parent or carer; {@code demoParent} marks the one who signs in as {@link DemoAccounts#PARENT}. */
    record DemoCarer(String givenName, String familyName, Relationship relationship, boolean parentalResponsibility,
                     String email, String phone, boolean demoParent) {
    }

    record DemoChild(String givenName, String familyName, LocalDate dateOfBirth, Upn upn, NhsNumber nhsNumber,
                     String homeFootprint, String settingUrn, NeedCode primaryNeed, NeedCode secondaryNeed,
                     SenProvision provision, List<DemoCarer> carers) {
    }

    static final int CHILDREN = 300;

    /** Children built on roll at the SENCO's school before the rest are drawn, so its list is never thin. */
    static final int SENCO_SCHOOL_ROLL = 20;

    /** No local authority has DfE number 999, so no demo UPN can be a real pupil's. */
    private static final int LA_NUMBER = 999;

    /** The NHS reserves 999 000 0000 to 999 999 9999 for testing; no person has one. */
    private static final long FIRST_NHS_STEM = 999_100_000L;

    /** A UPN's establishment number: a primary school's DfE-style 2xxx number, from its place in the catalogue. */
    private static final int FIRST_PRIMARY_ESTABLISHMENT = 2000;

    private static final List<NeedCode> NEEDS = NeedMix.WEIGHTED;

    private final Random random;
    private final LocalDate today;
    private final int academicYear;
    private final Map<String, Integer> upnSerials = new HashMap<>();
    private long nextNhsStem = FIRST_NHS_STEM;

    private DemoChildren(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
        this.academicYear = NationalCurriculumYear.academicYearStart(today).getYear();
    }

    /**
     * The demo children. The first two are siblings whose carer is the demo parent: the younger on SEN
     * support at the SENCO's school, the elder with an EHC plan, both living in the north.
     */
    static List<DemoChild> generate(long seed, LocalDate today) {
        return new DemoChildren(seed, today).all();
    }

    private List<DemoChild> all() {
        List<DemoChild> children = new ArrayList<>(CHILDREN);
        String family = pick(FAMILY_NAMES);
        List<DemoCarer> demoParents = demoParentWithPartner(family);
        children.add(child(family, NORTH, between(0, 6), SenProvision.K, SENCO_SCHOOL_URN, demoParents));
        int elder = between(7, 11);
        children.add(child(family, NORTH, elder, SenProvision.E, setting(NORTH, elder, SenProvision.E), demoParents));
        while (children.size() < SENCO_SCHOOL_ROLL) {
            String name = pick(FAMILY_NAMES);
            children.add(child(name, NORTH, between(0, 6), provision(), SENCO_SCHOOL_URN, carers(name)));
        }
        while (children.size() < CHILDREN) {
            String name = pick(FAMILY_NAMES);
            String home = homeFootprint();
            int year = yearGroup();
            SenProvision provision = provision();
            children.add(child(name, home, year, provision, setting(home, year, provision), carers(name)));
        }
        return children;
    }

    private DemoChild child(String family, String home, int year, SenProvision provision, String settingUrn,
                            List<DemoCarer> carers) {
        LocalDate born = dateOfBirthIn(year);
        NeedCode primary = provision == SenProvision.N ? null : primaryNeed(provision);
        NeedCode secondary = primary != null && random.nextInt(10) < 3 ? secondaryNeed(primary) : null;
        return new DemoChild(pick(GIVEN_NAMES), family, born, upn(home, year, settingUrn), nhsNumber(), home,
                settingUrn, primary, secondary, provision, carers);
    }

    // --- who and where

    private String homeFootprint() {
        int total = FOOTPRINTS.stream().mapToInt(DemoCatalogue.DemoFootprint::weight).sum();
        int r = random.nextInt(total);
        for (DemoCatalogue.DemoFootprint footprint : FOOTPRINTS) {
            r -= footprint.weight();
            if (r < 0) {
                return footprint.code();
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** 0 to 25: a few under-fives, mostly school age, some post-16 and young adults (year 19 is about 24). */
    private int yearGroup() {
        int r = random.nextInt(100);
        if (r < 8) {
            return between(-4, -1);
        }
        if (r < 48) {
            return between(0, 6);
        }
        if (r < 80) {
            return between(7, 11);
        }
        if (r < 90) {
            return between(12, 13);
        }
        return between(14, 19);
    }

    /** Born in the academic year that puts the child in {@code year} today. */
    private LocalDate dateOfBirthIn(int year) {
        LocalDate cohortStart = LocalDate.of(academicYear - 5 - year, 9, 1);
        LocalDate born = cohortStart.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(cohortStart, cohortStart.plusYears(1))));
        if (born.isAfter(today)) {
            born = today;
        }
        if (NationalCurriculumYear.yearGroup(born, today) != year) {
            throw new IllegalStateException("demo date of birth outside its year group");
        }
        return born;
    }

    /** About 60% SEN support, 25% EHC plan, 15% no SEN. */
    private SenProvision provision() {
        int r = random.nextInt(100);
        return r < 60 ? SenProvision.K : r < 85 ? SenProvision.E : SenProvision.N;
    }

    /**
     * A setting of the right phase: with an EHC plan, specialist half the time; otherwise mainstream,
     * now and then alternative provision. Mostly in the home footprint. Some under-fives and young
     * adults have none.
     */
    private String setting(String home, int year, SenProvision provision) {
        if ((year < 0 && random.nextInt(4) == 0) || (year > NationalCurriculumYear.LAST_SCHOOL_YEAR && random.nextBoolean())) {
            return null;
        }
        Predicate<SettingType> general = t -> t.isMainstream() || t == SettingType.POST_16 || t == SettingType.EARLY_YEARS;
        Predicate<SettingType> kind = general;
        if (provision == SenProvision.E && random.nextBoolean()) {
            kind = SettingType::isSpecialist;
        } else if (provision != SenProvision.N && random.nextInt(16) == 0) {
            kind = t -> t == SettingType.ALTERNATIVE_PROVISION;
        }
        List<DemoSetting> candidates = settings(kind, year);
        if (candidates.isEmpty()) {
            candidates = settings(general, year);
        }
        if (candidates.isEmpty()) {
            return null;
        }
        List<DemoSetting> local = candidates.stream().filter(s -> s.footprint().equals(home)).toList();
        if (!local.isEmpty() && random.nextInt(100) < 85) {
            candidates = local;
        }
        return pick(candidates).urn();
    }

    private static List<DemoSetting> settings(Predicate<SettingType> kind, int year) {
        return SETTINGS.stream().filter(s -> kind.test(s.type()) && s.serves(year)).toList();
    }

    // --- needs

    private NeedCode primaryNeed(SenProvision provision) {
        NeedCode need = pick(NEEDS);
        // "no specialist assessment" describes SEN support only; a plan follows an assessment
        while (provision == SenProvision.E && need == NeedCode.NSA) {
            need = pick(NEEDS);
        }
        return need;
    }

    private NeedCode secondaryNeed(NeedCode primary) {
        NeedCode need = pick(NEEDS);
        while (need == primary || need == NeedCode.NSA) {
            need = pick(NEEDS);
        }
        return need;
    }

    // --- identifiers

    /**
     * A UPN for a child who has started school, issued (as in England) by the primary school they joined
     * in Reception: their own if they are still at a mainstream primary, else one in their home footprint.
     */
    private Upn upn(String home, int year, String settingUrn) {
        if (year < NationalCurriculumYear.RECEPTION) {
            return null;
        }
        int index = indexOf(settingUrn);
        if (index < 0 || !isMainstreamPrimary(SETTINGS.get(index))) {
            List<Integer> primaries = IntStream.range(0, SETTINGS.size())
                    .filter(i -> SETTINGS.get(i).footprint().equals(home) && isMainstreamPrimary(SETTINGS.get(i)))
                    .boxed().toList();
            index = pick(primaries);
        }
        int establishment = FIRST_PRIMARY_ESTABLISHMENT + index + 1;
        int receptionYear = (academicYear - year) % 100;
        int serial = upnSerials.merge(establishment + "/" + receptionYear, 1, Integer::sum);
        return Upn.generate(LA_NUMBER, establishment, receptionYear, serial);
    }

    private static int indexOf(String urn) {
        return IntStream.range(0, SETTINGS.size()).filter(i -> SETTINGS.get(i).urn().equals(urn)).findFirst().orElse(-1);
    }

    private static boolean isMainstreamPrimary(DemoSetting s) {
        return s.type().isMainstream() && s.phase() == Phase.PRIMARY;
    }

    /**
     * Stems rise by at least two: {@link NhsNumber#generate} moves at most one stem on (only one stem in
     * eleven has no check digit), so no two children share a number.
     */
    private NhsNumber nhsNumber() {
        NhsNumber number = NhsNumber.generate(nextNhsStem);
        nextNhsStem += 2 + random.nextInt(40);
        return number;
    }

    // --- carers

    private List<DemoCarer> demoParentWithPartner(String family) {
        return List.of(
                new DemoCarer("Pat", family, Relationship.PARENT, true, null, phone(), true),
                new DemoCarer(pick(DemoCatalogue.ADULT_GIVEN_NAMES), family, Relationship.PARENT, true, null, phone(), false));
    }

    /** One or two carers: mostly parents, some grandparents, foster carers and guardians. */
    private List<DemoCarer> carers(String family) {
        int r = random.nextInt(100);
        Relationship first = r < 60 ? Relationship.MOTHER
                : r < 78 ? Relationship.FATHER
                : r < 86 ? Relationship.PARENT
                : r < 92 ? Relationship.GRANDPARENT
                : r < 97 ? Relationship.FOSTER_CARER
                : Relationship.GUARDIAN;
        List<DemoCarer> carers = new ArrayList<>(2);
        carers.add(carer(first, family, random.nextBoolean()));
        if (random.nextBoolean()) {
            Relationship second = switch (first) {
                case MOTHER -> random.nextInt(6) == 0 ? Relationship.PARENT : Relationship.FATHER;
                case FATHER -> Relationship.MOTHER;
                case GRANDPARENT, FOSTER_CARER -> first;
                default -> Relationship.OTHER_RELATIVE;
            };
            carers.add(carer(second, family, false));
        }
        return carers;
    }

    private DemoCarer carer(Relationship relationship, String childFamily, boolean withEmail) {
        boolean parental = switch (relationship) {
            case MOTHER, FATHER, PARENT, GUARDIAN -> true;
            default -> false;
        };
        String family = parental && random.nextInt(100) < 85 ? childFamily : pick(FAMILY_NAMES);
        String given = pick(DemoCatalogue.ADULT_GIVEN_NAMES);
        String email = withEmail ? emailFor(given, family) : null;
        return new DemoCarer(given, family, relationship, parental, email, random.nextInt(10) < 7 ? phone() : null, false);
    }

    /** At the reserved example.com domain, which never delivers. */
    private static String emailFor(String given, String family) {
        return (given + "." + family).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "@example.com";
    }

    /** Ofcom keeps 07700 900000 to 900999 for drama: never a real mobile. */
    private String phone() {
        return String.format("07700 900%03d", random.nextInt(1000));
    }

    // --- drawing

    private int between(int lowest, int highest) {
        return lowest + random.nextInt(highest - lowest + 1);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
