package uk.send.funding.position;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.NewAccount;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.demo.DemoAccounts;
import uk.send.domain.demo.DemoRoster;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.funding.capital.CapitalDecision;
import uk.send.funding.capital.CapitalGrants;
import uk.send.funding.capital.CapitalPurpose;
import uk.send.funding.capital.NewCapitalApplication;
import uk.send.funding.outreach.NewOutreachRequest;
import uk.send.funding.outreach.Outreach;
import uk.send.funding.topup.FinancialYear;

/**
 * Demo capital grants and outreach (after the demo top-up funding): a capital budget and an outreach quota for every
 * footprint this financial year and next; the outreach provider's account ({@value DemoAccounts#OUTREACH}) at
 * Brookside Special School in the north (the role comes with this module's migration, so this module adds it); and
 * from the demo SENCO's school, capital applications waiting, approved and deferred, and outreach requests waiting
 * and accepted with a session delivered. Built through the facades; synthetic; loads once, with
 * {@code send.demo-data=true}, when the outreach account is not there yet.
 */
@Component
@Order(11)
@ConditionalOnBooleanProperty("send.demo-data")
class FootprintFundingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FootprintFundingDemoData.class);
    private static final String OUTREACH_SCHOOL_URN = "990008";
    private static final long CAPITAL_PENCE = 15_000_000L; // £150,000 a footprint a year
    private static final int SESSIONS = 120;

    private final CapitalGrants capital;
    private final Outreach outreach;
    private final AccountService accounts;
    private final DemoRoster roster;
    private final ReferenceData reference;

    FootprintFundingDemoData(CapitalGrants capital, Outreach outreach, AccountService accounts, DemoRoster roster,
                             ReferenceData reference) {
        this.capital = capital;
        this.outreach = outreach;
        this.accounts = accounts;
        this.roster = roster;
        this.reference = reference;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (roster.accountId(DemoAccounts.OUTREACH).isPresent()) {
            log.info("Demo capital grants and outreach already present; nothing loaded");
            return;
        }
        Viewer admin = viewer(DemoAccounts.ADMIN);
        Viewer commissioner = viewer(DemoAccounts.COMMISSIONER);
        Viewer senco = viewer(DemoAccounts.SENCO);
        Viewer panel = viewer(DemoAccounts.PANEL);
        SettingView special = reference.settings(null, null, SettingType.SPECIAL_MAINTAINED, PageRequest.of(0, 500))
                .stream().filter(s -> OUTREACH_SCHOOL_URN.equals(s.urn())).findFirst().orElse(null);
        if (admin == null || commissioner == null || senco == null || panel == null || special == null) {
            return;
        }
        long providerId = accounts.create(new NewAccount(DemoAccounts.OUTREACH, "Olu Outreach (demo)", Role.OUTREACH,
                special.id(), Set.of(), DemoAccounts.PASSWORD), admin).id();
        Viewer provider = accounts.viewer(providerId).orElseThrow();
        FinancialYear year = capital.yearsToApplyFor().get(0);
        for (FootprintView f : reference.footprints()) {
            for (FinancialYear y : List.of(year, year.next())) {
                capital.setBudget(commissioner, f.id(), y, CAPITAL_PENCE);
                outreach.setQuota(commissioner, f.id(), y, SESSIONS);
            }
        }
        LocalDate today = capital.today();
        capital.apply(senco, new NewCapitalApplication(CapitalPurpose.MAINSTREAM_PLUS, "Nurture room for Key Stage 1",
                "Soft furnishings, a sink unit and partition walls to turn the old library into a nurture room.",
                "A group of up to eight pupils in Years 1 and 2 with social, emotional and mental health needs.", 8,
                1_850_000, year));
        long approved = capital.apply(senco, new NewCapitalApplication(CapitalPurpose.ACCESS_ARRANGEMENTS,
                "Ramp and handrails to the hall", "A permanent ramp with handrails at the hall's side door.",
                "Pupils who use wheelchairs or walking frames: three on roll now, more expected in Reception.", 3,
                640_000, year));
        capital.decide(panel, approved, 0, new CapitalDecision.Approve(today));
        long deferred = capital.apply(senco, new NewCapitalApplication(CapitalPurpose.ACCESS_ARRANGEMENTS,
                "Sound-field system for two classrooms", "Two classroom sound-field systems, fitted.",
                "Pupils with hearing impairment in Years 3 and 4.", 2, 420_000, year));
        capital.decide(panel, deferred, 0, new CapitalDecision.Defer(
                "Please send the specialist teacher for hearing impairment's recommendation."));
        outreach.request(senco, new NewOutreachRequest(special.id(), NeedCode.ASD,
                "Advice on a quieter lunchtime for a small group of autistic pupils in Year 4, and training for two "
                        + "midday supervisors.", 3));
        long accepted = outreach.request(senco, new NewOutreachRequest(special.id(), NeedCode.SEMH,
                "Modelling regulation strategies with a Year 2 class team.", 4));
        outreach.accept(provider, accepted, 0);
        outreach.recordSession(provider, accepted, 1, today,
                "Observed the class and modelled a calm corner with the teaching assistant; the school will try it "
                        + "for two weeks.");
        log.info("Demo capital grants and outreach loaded: budgets and quotas for {} footprints",
                reference.footprints().size());
    }

    private Viewer viewer(String email) {
        return roster.accountId(email).flatMap(accounts::viewer).orElse(null);
    }
}
