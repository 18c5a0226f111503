package uk.send.domain.demo;

import static uk.send.domain.reference.Phase.ALL_THROUGH;
import static uk.send.domain.reference.Phase.EARLY_YEARS;
import static uk.send.domain.reference.Phase.POST_16;
import static uk.send.domain.reference.Phase.PRIMARY;
import static uk.send.domain.reference.Phase.SECONDARY;
import static uk.send.domain.reference.SettingType.ALTERNATIVE_PROVISION;
import static uk.send.domain.reference.SettingType.INMSS;
import static uk.send.domain.reference.SettingType.MAINSTREAM_ACADEMY;
import static uk.send.domain.reference.SettingType.MAINSTREAM_MAINTAINED;
import static uk.send.domain.reference.SettingType.RESOURCE_BASE;
import static uk.send.domain.reference.SettingType.SPECIAL_ACADEMY;
import static uk.send.domain.reference.SettingType.SPECIAL_MAINTAINED;

import java.util.List;
import java.util.Map;

import uk.send.domain.access.Role;
import uk.send.domain.reference.NationalCurriculumYear;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.Urn;

/** The fixed, invented places of the demo: footprints, settings, and the names people are drawn from. */
final class DemoCatalogue {

    record DemoFootprint(String code, String name, int weight) {
    }

    /** A demo setting; {@code hostUrn} is the mainstream school a resource base belongs to. */
    record DemoSetting(String urn, String name, SettingType type, Phase phase, String footprint, String hostUrn) {

        DemoSetting {
            Urn.of(urn); // refuse a malformed URN here rather than at insert time
        }

        DemoSetting(String urn, String name, SettingType type, Phase phase, String footprint) {
            this(urn, name, type, phase, footprint, null);
        }

        /** Whether a child in National Curriculum year {@code year} can be on roll here. */
        boolean serves(int year) {
            return switch (phase) {
                case EARLY_YEARS -> year < NationalCurriculumYear.RECEPTION;
                case PRIMARY -> year >= NationalCurriculumYear.RECEPTION && year <= 6;
                case SECONDARY -> year >= 7 && year <= NationalCurriculumYear.LAST_SCHOOL_YEAR
                        && (type != ALTERNATIVE_PROVISION || year <= 11);
                case POST_16 -> year >= 12;
                // special schools take pupils from Reception until 19
                case ALL_THROUGH -> year >= NationalCurriculumYear.RECEPTION && year <= 14;
            };
        }
    }

    static final String NORTH = "NORTH";
    static final String SOUTH = "SOUTH";
    static final String EAST = "EAST";
    static final String WEST = "WEST";

    /** Weighted: the north is the largest locality. */
    static final List<DemoFootprint> FOOTPRINTS = List.of(
            new DemoFootprint(NORTH, "North footprint", 30),
            new DemoFootprint(SOUTH, "South footprint", 25),
            new DemoFootprint(EAST, "East footprint", 25),
            new DemoFootprint(WEST, "West footprint", 20));

    /**
     * The postcode districts each footprint covers, in an invented area "DB" (no real postcode area has these
     * letters), so that a child recorded by hand with a demo postcode lands in the right footprint.
     */
    static final Map<String, List<String>> POSTCODES = Map.of(
            NORTH, List.of("DB1", "DB2"),
            SOUTH, List.of("DB3", "DB4"),
            EAST, List.of("DB5", "DB6"),
            WEST, List.of("DB7", "DB8"));

    /**
     * URNs 990001 to 990040: six digits as GIAS issues them, in a block chosen to stay clear of the ranges
     * schools' URNs come from, and of the test fixtures' 300000s. Resource bases come after their host.
     */
    static final List<DemoSetting> SETTINGS = List.of(
            new DemoSetting("990001", "Oakfield Primary School", MAINSTREAM_MAINTAINED, PRIMARY, NORTH),
            new DemoSetting("990002", "Hollybrook Primary Academy", MAINSTREAM_ACADEMY, PRIMARY, NORTH),
            new DemoSetting("990003", "St Aidan's CofE Primary School", MAINSTREAM_MAINTAINED, PRIMARY, NORTH),
            new DemoSetting("990004", "Larkspur Infant and Junior School", MAINSTREAM_MAINTAINED, PRIMARY, NORTH),
            new DemoSetting("990005", "Riverside Academy", MAINSTREAM_ACADEMY, SECONDARY, NORTH),
            new DemoSetting("990006", "Northgate High School", MAINSTREAM_MAINTAINED, SECONDARY, NORTH),
            new DemoSetting("990007", "Hilltop Resource Base", RESOURCE_BASE, PRIMARY, NORTH, "990002"),
            new DemoSetting("990008", "Brookside Special School", SPECIAL_MAINTAINED, ALL_THROUGH, NORTH),
            new DemoSetting("990009", "Little Acorns Nursery", SettingType.EARLY_YEARS, EARLY_YEARS, NORTH),
            new DemoSetting("990010", "Meadowbank College", SettingType.POST_16, POST_16, NORTH),

            new DemoSetting("990011", "Southfields Primary School", MAINSTREAM_MAINTAINED, PRIMARY, SOUTH),
            new DemoSetting("990012", "Willow Lane Primary Academy", MAINSTREAM_ACADEMY, PRIMARY, SOUTH),
            new DemoSetting("990013", "Kingfisher Primary School", MAINSTREAM_MAINTAINED, PRIMARY, SOUTH),
            new DemoSetting("990014", "Harbourside Primary Academy", MAINSTREAM_ACADEMY, PRIMARY, SOUTH),
            new DemoSetting("990015", "Ashby Vale Academy", MAINSTREAM_ACADEMY, SECONDARY, SOUTH),
            new DemoSetting("990016", "Southmoor Community School", MAINSTREAM_MAINTAINED, SECONDARY, SOUTH),
            new DemoSetting("990017", "Lighthouse Resource Base", RESOURCE_BASE, SECONDARY, SOUTH, "990016"),
            new DemoSetting("990018", "Beacon Hill Academy", SPECIAL_ACADEMY, SECONDARY, SOUTH),
            new DemoSetting("990019", "Pathways Alternative Provision", ALTERNATIVE_PROVISION, SECONDARY, SOUTH),
            new DemoSetting("990020", "Fenwick Sixth Form College", SettingType.POST_16, POST_16, SOUTH),

            new DemoSetting("990021", "Eastwood Primary School", MAINSTREAM_MAINTAINED, PRIMARY, EAST),
            new DemoSetting("990022", "Sunnybank Primary Academy", MAINSTREAM_ACADEMY, PRIMARY, EAST),
            new DemoSetting("990023", "Marshfield Primary School", MAINSTREAM_MAINTAINED, PRIMARY, EAST),
            new DemoSetting("990024", "Cobblestone Primary Academy", MAINSTREAM_ACADEMY, PRIMARY, EAST),
            new DemoSetting("990025", "Fenwick Park Academy", MAINSTREAM_ACADEMY, SECONDARY, EAST),
            new DemoSetting("990026", "Eastbridge School", MAINSTREAM_MAINTAINED, SECONDARY, EAST),
            new DemoSetting("990027", "Rainbow Resource Base", RESOURCE_BASE, PRIMARY, EAST, "990023"),
            new DemoSetting("990028", "Skylark Academy", SPECIAL_ACADEMY, PRIMARY, EAST),
            new DemoSetting("990029", "Bumblebees Day Nursery", SettingType.EARLY_YEARS, EARLY_YEARS, EAST),
            new DemoSetting("990030", "Thornbury Manor School", INMSS, ALL_THROUGH, EAST),

            new DemoSetting("990031", "Westfield Primary School", MAINSTREAM_MAINTAINED, PRIMARY, WEST),
            new DemoSetting("990032", "Copperbeech Primary Academy", MAINSTREAM_ACADEMY, PRIMARY, WEST),
            new DemoSetting("990033", "Foxglove Primary School", MAINSTREAM_MAINTAINED, PRIMARY, WEST),
            new DemoSetting("990034", "Orchard Primary Academy", MAINSTREAM_ACADEMY, PRIMARY, WEST),
            new DemoSetting("990035", "Westbury Academy", MAINSTREAM_ACADEMY, SECONDARY, WEST),
            new DemoSetting("990036", "Elmhurst School", MAINSTREAM_MAINTAINED, SECONDARY, WEST),
            new DemoSetting("990037", "Compass Resource Base", RESOURCE_BASE, SECONDARY, WEST, "990035"),
            new DemoSetting("990038", "Greenacres School", SPECIAL_MAINTAINED, ALL_THROUGH, WEST),
            new DemoSetting("990039", "Harewood House School", INMSS, SECONDARY, WEST),
            new DemoSetting("990040", "Second Chance Learning Centre", ALTERNATIVE_PROVISION, SECONDARY, WEST));

    /**
     * Settings beyond the council's boundary ("% educated in the area"): the independent specialist school in the
     * west sits in the neighbouring county, and so does the sixth form college south of the boundary. Thornbury
     * Manor, independent but inside the area, counts as in the area.
     */
    static final java.util.Set<String> OUT_OF_AREA_URNS = java.util.Set.of("990039", "990020");

    /** The SENCO's school: a mainstream primary in the north, given a class-sized roll of demo children. */
    static final String SENCO_SCHOOL_URN = "990001";

    /** A demo sign-in; footprints only for the footprint-scoped roles, a setting only for the SENCO. */
    record DemoAccount(String email, String displayName, Role role, String settingUrn, List<String> footprints) {

        DemoAccount(String email, String displayName, Role role, List<String> footprints) {
            this(email, displayName, role, null, footprints);
        }
    }

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount(DemoAccounts.CASEWORKER, "Casey Worker (demo)", Role.CASEWORKER, List.of(NORTH, EAST)),
            new DemoAccount(DemoAccounts.CASEWORKER_SOUTH, "Sam Southern (demo)", Role.CASEWORKER, List.of(SOUTH, WEST)),
            new DemoAccount(DemoAccounts.SENCO, "Sian Coordinator (demo)", Role.SENCO, SENCO_SCHOOL_URN, List.of()),
            new DemoAccount(DemoAccounts.PARENT, "Pat Parent (demo)", Role.PARENT, List.of()),
            new DemoAccount(DemoAccounts.COMMISSIONER, "Chris Commissioner (demo)", Role.COMMISSIONER, List.of()),
            new DemoAccount(DemoAccounts.PANEL, "Penny Panel (demo)", Role.PANEL, List.of(NORTH)),
            new DemoAccount(DemoAccounts.ADMIN, "Ada Admin (demo)", Role.ADMIN, List.of()));

    /** Common UK first names from many backgrounds; combined at random with a family name. */
    static final List<String> GIVEN_NAMES = List.of(
            "Amelia", "Oliver", "Aisha", "Mohammed", "Priya", "Arjun", "Chloe", "Jack", "Zainab", "Kwame",
            "Ngozi", "Tobi", "Mei", "Wei", "Hannah", "Dylan", "Siobhan", "Callum", "Fatima", "Yusuf",
            "Maya", "Leo", "Isla", "Noah", "Zofia", "Jakub", "Ana", "Mateo", "Ruby", "Ethan",
            "Amara", "Kofi", "Niamh", "Rhys", "Sana", "Hamza", "Layla", "Ibrahim", "Freya", "Harry");

    static final List<String> ADULT_GIVEN_NAMES = List.of(
            "Sarah", "David", "Nadia", "Imran", "Claire", "Paul", "Grace", "Emeka", "Joanna", "Tomasz",
            "Rukhsana", "Mark", "Lucy", "Sunil", "Helen", "Gareth", "Bernadette", "Kemi", "Rachel", "Adam");

    static final List<String> FAMILY_NAMES = List.of(
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Khan", "Patel", "Begum", "Ahmed", "Okafor",
            "Mensah", "Nowak", "Kowalski", "Chen", "Li", "Nguyen", "O'Brien", "Murphy", "Evans", "Davies",
            "Hughes", "Singh", "Kaur", "Ali", "Hussain", "Campbell", "Robinson", "Walker", "Wright", "Green",
            "Adeyemi", "Osei", "Rossi", "Silva", "Kaya", "Yilmaz");

    private DemoCatalogue() {
    }
}
