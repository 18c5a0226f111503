package uk.send.commissioning.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import uk.send.domain.access.Viewer;
import uk.send.domain.demo.DemoAccounts;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Money;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingView;

/**
 * Demo INMSS placements (synthetic), recorded, decided and reviewed by the demo commissioner through the register
 * itself: most approved and running, some with transfer points in the coming year or no review for over a year,
 * one awaiting a decision that can be approved, one that cannot, one refused. Loads once, after the reference data.
 */
@Component
@Order(6)
@ConditionalOnBooleanProperty("send.demo-data")
class InmssDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InmssDemoData.class);
    private static final NeedCode[] NEEDS = {NeedCode.ASD, NeedCode.SEMH, NeedCode.ASD, NeedCode.SLD, NeedCode.PMLD,
            NeedCode.SEMH, NeedCode.ASD, NeedCode.HI, NeedCode.SLCN, NeedCode.ASD, NeedCode.SEMH, NeedCode.MSI};
    private static final long[] ANNUAL_POUNDS = {48_000, 62_500, 55_000, 81_200, 96_000, 44_750, 58_300, 71_000,
            39_900, 67_250, 52_000, 88_400};

    private final InmssPlacements placements;
    private final AccountService accounts;
    private final ReferenceData reference;
    private final JdbcClient jdbc;
    private final Clock clock;

    InmssDemoData(InmssPlacements placements, AccountService accounts, ReferenceData reference, JdbcClient jdbc, Clock clock) {
        this.placements = placements;
        this.accounts = accounts;
        this.reference = reference;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists (select 1 from inmss_placement)").query(Boolean.class).single()) {
            return;
        }
        List<SettingView> schools = placements.settings();
        List<FootprintView> footprints = reference.footprints();
        var commissioner = accounts.forSignIn(DemoAccounts.COMMISSIONER).flatMap(a -> accounts.viewer(a.userId()));
        if (schools.isEmpty() || footprints.isEmpty() || commissioner.isEmpty()) {
            log.info("No INMSS settings, footprints or demo commissioner; no demo placements loaded");
            return;
        }
        Viewer viewer = commissioner.get();
        LocalDate today = LocalDate.now(clock);
        int criteria = placements.criteria().size();
        for (int i = 0; i < NEEDS.length; i++) {
            // started 4 months to 4 years ago; transfer points spread so that some fall in the coming year
            LocalDate start = today.minusMonths(4 + 4L * i).withDayOfMonth(1);
            LocalDate end = start.plusYears(5);
            LocalDate transfer = today.plusMonths(2 + 3L * i).withDayOfMonth(1);
            if (!transfer.isAfter(start) || transfer.isAfter(end)) {
                transfer = end;
            }
            boolean lastCriterionMet = i != NEEDS.length - 2;
            List<CriterionAnswer> answers = new ArrayList<>();
            for (int c = 1; c <= criteria; c++) {
                boolean met = c < criteria || lastCriterionMet;
                answers.add(new CriterionAnswer(c, met, met
                        ? "Panel minutes and the setting's consultation response (demo)"
                        : "Health has not yet agreed a share (demo)"));
            }
            int social = i % 3 == 0 ? 20 : 0;
            int health = i % 4 == 0 ? 10 : 0;
            long id = placements.record(viewer, new NewPlacement(schools.get(i % schools.size()).id(),
                    footprints.get(i % footprints.size()).id(), NEEDS[i], start, end,
                    Money.ofPence(ANNUAL_POUNDS[i] * 100), new JointFunding(100 - social - health, social, health), 60,
                    "Attends full time and takes part in learning\nCommunicates needs and choices\nReady to return to a local setting",
                    transfer, i % 2 == 0 ? "Resource base at a local secondary school" : "Post-16 place at the local college",
                    answers));
            if (i >= NEEDS.length - 2) {
                continue; // awaiting a decision: one approvable, one not
            }
            int version = placements.view(id).version();
            if (i == NEEDS.length - 3) {
                placements.decide(viewer, id, version, new PlacementDecision(false, start,
                        "A local special school place can meet the needs (demo)"));
                continue;
            }
            placements.decide(viewer, id, version, new PlacementDecision(true, start, null));
            // every other placement reviewed in the last year; the rest not for over a year (or never)
            if (i % 2 == 1 && today.minusMonths(3).isAfter(start)) {
                placements.review(viewer, id, placements.view(id).version(), today.minusMonths(3));
            }
        }
        log.info("Loaded {} demo INMSS placements", NEEDS.length);
    }
}
