package uk.send.pathway.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildSummary;
import uk.send.domain.demo.DemoAccounts;
import uk.send.domain.demo.DemoRoster;
import uk.send.domain.reference.Money;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SenProvision;
import uk.send.pathway.plan.OutcomeTag;

/**
 * Demo SEN Support (after the demo caseload, which settles who is at SEN Support): a record for every pupil at
 * SEN Support in a school, and at the demo SENCO's school support plans in every state — none yet, in place,
 * due for review within days, and overdue after a reviewed first cycle. The demo parent's child there has a plan
 * shared with the family. Built through the aggregate's own methods; synthetic; loads once, only with
 * {@code send.demo-data=true}.
 */
@Component
@Order(3)
@ConditionalOnBooleanProperty("send.demo-data")
class SupportDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SupportDemoData.class);
    private static final String BY = DemoAccounts.SENCO;
    /** Who the demo says added pupils at schools other than the demo SENCO's. */
    private static final String OTHER_SCHOOLS = "demo data";

    private final SenSupportRepository records;
    private final SupportRegister register;
    private final DemoRoster roster;
    private final AccountService accounts;
    private final ChildDirectory children;
    private final SupportPolicy policy;
    private final Clock clock;

    SupportDemoData(SenSupportRepository records, SupportRegister register, DemoRoster roster, AccountService accounts, ChildDirectory children,
                    SupportPolicy policy, Clock clock) {
        this.records = records;
        this.register = register;
        this.roster = roster;
        this.accounts = accounts;
        this.children = children;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // loaded once: the demo SENCO's own records mark it (other people's records do not count)
        if (records.existsByAddedBy(BY)) {
            log.info("Demo SEN Support already present; nothing loaded");
            return;
        }
        Viewer senco = roster.accountId(DemoAccounts.SENCO).flatMap(accounts::viewer).orElse(null);
        if (senco == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Set<Long> familyChildren = roster.accountId(DemoAccounts.PARENT).flatMap(accounts::viewer)
                .map(parent -> children.search(parent, null, null, PageRequest.of(0, 10)).stream()
                        .map(ChildSummary::id).collect(Collectors.toSet()))
                .orElse(Set.of());
        List<DemoRoster.RosterChild> atSupport = roster.childrenWithProvision(EnumSet.of(SenProvision.K), null).stream()
                .filter(c -> c.settingId() != null).toList();
        int n = 0;
        int plans = 0;
        for (DemoRoster.RosterChild child : atSupport) {
            if (records.findByChildIdAndRemovedOnIsNull(child.id()).isPresent()) {
                continue; // recorded already (not by the demo): leave it as it is
            }
            n++;
            Pupil pupil = register.onRoll(child.settingId(), child.id()).orElseThrow();
            NeedCode primary = pupil.primaryNeed() == null ? NeedCode.NSA : pupil.primaryNeed();
            NeedCode secondary = pupil.secondaryNeed() == primary ? null : pupil.secondaryNeed();
            boolean oakfield = child.settingId().equals(senco.settingId());
            SenSupport s = records.saveAndFlush(SenSupport.add(child.id(), child.settingId(), null,
                    new AddToSenSupport(primary, secondary, today.minusMonths(8 + n % 10)), today,
                    oakfield ? BY : OTHER_SCHOOLS));
            if (oakfield) {
                boolean family = familyChildren.contains(child.id());
                plans += plan(s, family ? 1 : n % 5, family, today);
            }
        }
        log.info("Demo SEN Support loaded: {} pupils, {} cycles at the demo SENCO's school", atSupport.size(), plans);
    }

    /**
     * Cycles for one pupil: 0 none; 1 in place; 2 reviewed then overdue; 3 due within a week; 4 reviewed twice with
     * "continue" and nothing achieved (a plan not moving), the third cycle due in four weeks.
     */
    private int plan(SenSupport s, int state, boolean shared, LocalDate today) {
        if (state == 0) {
            return 0;
        }
        LocalDate start = switch (state) {
            case 2 -> today.minusWeeks(30);
            case 3 -> today.minusWeeks(11);
            case 4 -> today.minusWeeks(32);
            default -> today.minusWeeks(3);
        };
        // in the first tier in force when the council uses tiers, in none (today's law) otherwise
        String tier = policy.tiersOffered().stream().findFirst().map(SupportTier::code).orElse(null);
        SupportPlan first = s.startPlan(new StartPlan(tier, start, null,
                "Observed in class and talked with the family: finds it hard to start tasks without an adult."), policy,
                today, BY);
        s.change(first, new SupportPlanCommand.AddOutcome("Starts a written task within five minutes, using a visual "
                + "checklist", OutcomeTag.I_AM_AMBITIOUS), today, policy, BY);
        s.change(first, new SupportPlanCommand.AddOutcome("Tells an adult when worried", OutcomeTag.I_AM_EMOTIONALLY_WELL),
                today, policy, BY);
        s.change(first, new SupportPlanCommand.AddProvision(new ProvisionItem("Small-group literacy intervention",
                "Three times a week, 20 minutes", "Teaching assistant", new WeeklyHours(100), Money.ofPence(36_000),
                ProvisionType.SMALL_GROUP)),
                today, policy, BY);
        s.change(first, new SupportPlanCommand.AddProvision(new ProvisionItem("Check-in with a trusted adult",
                "Daily, 5 minutes", "Learning mentor", new WeeklyHours(42), Money.ofPence(15_000),
                ProvisionType.ONE_TO_ONE)), today, policy, BY);
        if (shared) {
            s.change(first, new SupportPlanCommand.Share(true), today, policy, BY);
        }
        records.saveAndFlush(s);
        if (state == 4) {
            return notMoving(s, today);
        }
        if (state != 2) {
            return 1;
        }
        // saving merged the new cycle into the persistence context: the saved copy carries its id
        SupportPlan saved = s.openPlan().orElseThrow();
        s.change(saved, new SupportPlanCommand.RecordProgress(0, Progress.PARTLY_ACHIEVED, "Most mornings"), today,
                policy, BY);
        s.change(saved, new SupportPlanCommand.RecordProgress(1, Progress.ACHIEVED, null), today, policy, BY);
        s.change(saved, new SupportPlanCommand.Review(today.minusWeeks(16), NextStep.CONTINUE,
                "I like the group.", "Homework is easier.", "Keep the group; review the checklist.", null), today, policy, BY);
        records.saveAndFlush(s);
        return 2;
    }

    /** Two reviews that both continue the plan with nothing achieved: the plan has not moved in two cycles. */
    private int notMoving(SenSupport s, LocalDate today) {
        LocalDate[] reviews = {today.minusWeeks(20), today.minusWeeks(8)};
        for (LocalDate reviewedOn : reviews) {
            SupportPlan open = s.openPlan().orElseThrow();
            s.change(open, new SupportPlanCommand.RecordProgress(0, Progress.NOT_ACHIEVED, "Still needs prompting"),
                    today, policy, BY);
            s.change(open, new SupportPlanCommand.RecordProgress(1, Progress.PARTLY_ACHIEVED, null), today, policy, BY);
            s.change(open, new SupportPlanCommand.Review(reviewedOn, NextStep.CONTINUE, "It is hard.",
                    "We have not seen a change yet.", "Continue; ask the family about a specialist.",
                    reviewedOn.equals(reviews[1]) ? today.plusWeeks(4) : null), today, policy, BY);
            records.saveAndFlush(s);
        }
        return 3;
    }
}
