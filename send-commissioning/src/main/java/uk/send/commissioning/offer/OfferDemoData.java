package uk.send.commissioning.offer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.NewAccount;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.demo.DemoAccounts;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.ReferenceData;

/**
 * A demo Local Offer: about 60 synthetic services from fictional organisations across every category and
 * footprint (some for the whole area), some not checked for over a year, a few comments waiting for the editor
 * and a few answered; and the demo editor's account. Loads only with {@code send.demo-data=true}, once (the
 * editor's account marks it). The demo provider's account ({@value DemoAccounts#PROVIDER}), keeping the entries of
 * {@value #PROVIDER_ORGANIZATION}, is added once too, also to a demo Local Offer loaded before there were providers.
 */
@Component
@Order(5)
@ConditionalOnBooleanProperty("send.demo-data")
class OfferDemoData implements ApplicationRunner {

    static final String EDITOR = "localoffer@demo.send";
    static final int SERVICES = 60;
    static final String PROVIDER_ORGANIZATION = "Willowbrook Short Breaks (demo)";
    private static final Viewer SYSTEM = new Viewer(0, "demo data", Role.ADMIN, Set.of(), null);
    private static final Logger log = LoggerFactory.getLogger(OfferDemoData.class);

    /** A kind of service: what it says whichever footprint runs it. */
    private record Kind(Category category, String name, String description, String whoFor, String howToAccess,
                        Access access, Cost cost, int minAge, int maxAge, Set<NeedCode> needs, String schedule) {
    }

    private static final List<String> ORGANIZATIONS = List.of("Brightwater Family Trust (demo)",
            "Kestrel Community Health (demo)", "Demo Borough Council SEND Service", "Lantern Youth Projects (demo)",
            "Meadowlark Parent Forum (demo)", "Harbourside Travel Training (demo)", "Oakfield Leisure Partnership (demo)",
            "Willowbrook Short Breaks (demo)");

    private static final List<Kind> KINDS = List.of(
            new Kind(Category.SHORT_BREAKS, "Saturday autism club", "A Saturday club with games, crafts and a quiet room, run by staff trained in autism.",
                    "Autistic children aged 5 to 11, with or without a diagnosis.", "Book a place by phone; no referral needed.",
                    Access.OPEN, Cost.FREE, 5, 11, Set.of(NeedCode.ASD, NeedCode.SLCN), "Saturdays 10am to 2pm in term time"),
            new Kind(Category.SHORT_BREAKS, "Overnight short breaks", "Planned overnight stays in a small residential home so that families get a rest.",
                    "Disabled children and young people with complex needs.", "After a social care assessment by the Disabled Children's Team.",
                    Access.ASSESSED, Cost.FREE, 8, 17, Set.of(NeedCode.PMLD, NeedCode.SLD, NeedCode.PD), "Weekends and school holidays"),
            new Kind(Category.SHORT_BREAKS, "Holiday playscheme", "Inclusive play days in the school holidays with one-to-one support where needed.",
                    "Children aged 4 to 14 with special educational needs or disabilities.", "Apply online or ask your child's school to refer.",
                    Access.REFERRAL, Cost.CHARGED, 4, 14, Set.of(NeedCode.ASD, NeedCode.SEMH, NeedCode.MLD), "School holidays, 9am to 3pm"),
            new Kind(Category.EDUCATION, "Specialist teaching service", "Advice and teaching for schools supporting pupils with learning difficulties.",
                    "Pupils at SEN Support in mainstream schools.", "The school's SENCO requests support.",
                    Access.REFERRAL, Cost.FREE, 4, 16, Set.of(NeedCode.SPLD, NeedCode.MLD), "Term time"),
            new Kind(Category.EDUCATION, "Sensory support team", "Teachers of the deaf and of children with vision impairment who visit homes and schools.",
                    "Children with a hearing, vision or multi-sensory impairment, from birth.", "A health professional or school refers the child.",
                    Access.REFERRAL, Cost.FREE, 0, 19, Set.of(NeedCode.HI, NeedCode.VI, NeedCode.MSI), "Monday to Friday"),
            new Kind(Category.HEALTH, "Children's speech and language therapy", "Assessment and therapy for children with speech, language or swallowing difficulties.",
                    "Children and young people up to 18.", "Parents, schools or GPs can refer.",
                    Access.REFERRAL, Cost.FREE, 0, 18, Set.of(NeedCode.SLCN, NeedCode.ASD), "Monday to Friday, 9am to 5pm"),
            new Kind(Category.HEALTH, "Children's occupational therapy", "Help with everyday skills, sensory processing and equipment at home and school.",
                    "Children with a physical disability or sensory needs.", "A GP, paediatrician or school refers the child.",
                    Access.REFERRAL, Cost.FREE, 0, 18, Set.of(NeedCode.PD, NeedCode.ASD), "Monday to Friday"),
            new Kind(Category.SOCIAL_CARE, "Disabled children's team", "Social workers who assess disabled children's needs and arrange support for the family.",
                    "Disabled children and their families.", "Contact the council's front door; anyone can make a referral.",
                    Access.ASSESSED, Cost.FREE, 0, 18, Set.of(), "Monday to Friday"),
            new Kind(Category.SOCIAL_CARE, "Family support workers", "Practical help at home with routines, sleep and behaviour.",
                    "Families of children with SEND who need extra help.", "Ask your child's school or health visitor to refer.",
                    Access.REFERRAL, Cost.FREE, 0, 18, Set.of(NeedCode.SEMH, NeedCode.ASD), "Weekdays and some evenings"),
            new Kind(Category.TRAVEL, "Independent travel training", "One-to-one training to travel safely to school, college or work by bus or on foot.",
                    "Young people aged 11 to 25 with SEND.", "Ask the SEND team or your school or college to refer.",
                    Access.REFERRAL, Cost.FREE, 11, 25, Set.of(NeedCode.MLD, NeedCode.ASD, NeedCode.SLD), "By arrangement"),
            new Kind(Category.TRAVEL, "Home to school transport", "Transport to school for eligible children who cannot walk there.",
                    "Children who meet the council's home to school transport policy.", "Apply to the council; eligibility is assessed.",
                    Access.ASSESSED, Cost.FREE, 5, 16, Set.of(), "School days"),
            new Kind(Category.PREPARING_FOR_ADULTHOOD, "Supported internships", "A year of work experience with a job coach, leading to paid work.",
                    "Young people aged 16 to 24 with an EHC plan.", "Ask at your college or at your annual review.",
                    Access.REFERRAL, Cost.FREE, 16, 24, Set.of(NeedCode.MLD, NeedCode.SLD, NeedCode.ASD), "Weekdays, September to July"),
            new Kind(Category.PREPARING_FOR_ADULTHOOD, "Moving on workshops", "Workshops on money, housing, health and friendships for young people leaving school.",
                    "Young people aged 14 to 25 with SEND and their families.", "Book a place online.",
                    Access.OPEN, Cost.FREE, 14, 25, Set.of(), "Monthly, Tuesday evenings"),
            new Kind(Category.LEISURE, "Inclusive swimming sessions", "Quieter, calmer swimming sessions with extra lifeguards and changing places.",
                    "Disabled children and young people and their families.", "Just turn up; carers swim free.",
                    Access.OPEN, Cost.CHARGED, 0, 25, Set.of(NeedCode.PD, NeedCode.ASD, NeedCode.SEMH), "Sundays 4pm to 5pm"),
            new Kind(Category.LEISURE, "Youth club for disabled young people", "A weekly youth club with music, cooking and trips.",
                    "Young people aged 11 to 19 with SEND.", "Come along to a taster session.",
                    Access.OPEN, Cost.CHARGED, 11, 19, Set.of(), "Thursdays 6pm to 8pm"),
            new Kind(Category.ADVICE_AND_SUPPORT, "SEND information, advice and support service", "Free, impartial and confidential advice about SEND law, EHC needs assessments and appeals.",
                    "Children, young people and parents.", "Phone, email or drop in.",
                    Access.OPEN, Cost.FREE, 0, 25, Set.of(), "Monday to Friday, 9:30am to 4:30pm"),
            new Kind(Category.ADVICE_AND_SUPPORT, "Parent carer support group", "Meet other parents and carers, share what works, and hear from local services.",
                    "Parents and carers of children with SEND.", "Just come along.",
                    Access.OPEN, Cost.FREE, 0, 25, Set.of(), "First Wednesday of the month, 10am"));

    private final LocalOffer offer;
    private final OfferComments comments;
    private final AccountService accounts;
    private final ReferenceData reference;
    private final JdbcClient jdbc;
    private final Clock clock;

    OfferDemoData(LocalOffer offer, OfferComments comments, AccountService accounts, ReferenceData reference,
                  JdbcClient jdbc, Clock clock) {
        this.offer = offer;
        this.comments = comments;
        this.accounts = accounts;
        this.reference = reference;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.forSignIn(EDITOR).isPresent()) {
            log.info("Demo Local Offer already present; nothing loaded");
        } else {
            load();
        }
        if (accounts.forSignIn(DemoAccounts.PROVIDER).isEmpty()) {
            provider();
        }
    }

    /** The demo provider, keeping the entries of one demo organisation (some of them due for a check). */
    private void provider() {
        Long organization = jdbc.sql("select id from offer_organization where name = :name")
                .param("name", PROVIDER_ORGANIZATION).query(Long.class).optional().orElse(null);
        if (organization == null) {
            return;
        }
        AccountView provider = accounts.create(new NewAccount(DemoAccounts.PROVIDER, "Priya Provider (demo)",
                Role.PROVIDER, null, Set.of(), DemoAccounts.PASSWORD), SYSTEM);
        offer.linkProvider(SYSTEM, provider, organization);
    }

    private void load() {
        long started = System.nanoTime();
        AccountView editor = accounts.create(new NewAccount(EDITOR, "Lou Offer (demo)", Role.LOCAL_OFFER, null, Set.of(),
                DemoAccounts.PASSWORD), SYSTEM);
        Viewer viewer = accounts.viewer(editor.id()).orElseThrow();
        List<Long> organizations = new ArrayList<>();
        for (String name : ORGANIZATIONS) {
            organizations.add(jdbc.sql("""
                            insert into offer_organization (name, description, email, url)
                            values (:name, :description, :email, :url) returning id""")
                    .param("name", name)
                    .param("description", "A fictional provider for the demonstration Local Offer.")
                    .param("email", "hello@" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example")
                    .param("url", "https://" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example")
                    .query(Long.class).single());
        }
        List<FootprintView> footprints = reference.footprints();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < SERVICES; i++) {
            Kind kind = KINDS.get(i % KINDS.size());
            // every fifth service is for the whole area; the rest go round the footprints
            FootprintView footprint = footprints.isEmpty() || i % 5 == 4 ? null : footprints.get(i % footprints.size());
            String where = footprint == null ? "area-wide" : footprint.name();
            ids.add(offer.add(viewer, new ServiceDetails(organizations.get(i % organizations.size()),
                    kind.name() + " (" + where + ")", kind.description(), kind.whoFor(), kind.howToAccess(),
                    kind.category(), kind.access(), kind.cost(), kind.cost() == Cost.CHARGED ? "£3 a session; free for carers" : null,
                    kind.minAge(), kind.maxAge(), footprint == null ? null : footprint.id(), kind.needs(),
                    (footprint == null ? "Civic Centre" : footprint.name() + " Community Hub"),
                    (i + 1) + " Demo Street, Demo Town", "DM" + (1 + i % 9) + " " + (1 + i % 9) + "AB", kind.schedule(),
                    "01632 960" + String.format("%03d", i), "service" + i + "@example.org", null,
                    "Step-free access, an accessible toilet and a quiet room. Ask us about other adjustments.")));
        }
        // some entries last checked more than a year ago: they are on the editor's list for review
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < ids.size(); i += 7) {
            jdbc.sql("update offer_service set last_checked_on = :checked where id = :id")
                    .param("checked", today.minusMonths(13 + i % 6)).param("id", ids.get(i)).update();
        }
        comments.submit(null, "It was hard to find out what short breaks there are and who can have one.", "demo-1");
        long answered = comments.submit(ids.get(0), "The Saturday club is brilliant but fills up within a day.", "demo-2");
        comments.publish(viewer, answered, "The Saturday club is brilliant but fills up within a day.",
                "We have funded a second session on Sunday mornings from next term.");
        comments.submit(ids.get(1), "Please say on the page how long the wait for an assessment is.", "demo-3");
        log.info("Demo Local Offer loaded in {} ms: {} services", (System.nanoTime() - started) / 1_000_000, ids.size());
    }
}
