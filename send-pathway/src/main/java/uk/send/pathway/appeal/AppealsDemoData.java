package uk.send.pathway.appeal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

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
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.demo.DemoAccounts;
import uk.send.domain.demo.DemoRoster;
import uk.send.domain.reference.SenProvision;
import uk.send.pathway.calendar.StatutoryCalendar;

/**
 * For the demo caseworker (after the demo caseload and family): two children with plans in their footprints whose
 * families disagree with a decision: one offered mediation a few days ago, one whose appeal the tribunal has
 * registered after mediation, with its hearing listed. Synthetic; once only.
 */
@Component
@Order(3)
@ConditionalOnBooleanProperty("send.demo-data")
class AppealsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AppealsDemoData.class);

    private final JdbcClient jdbc;
    private final DemoRoster roster;
    private final AccountService accounts;
    private final ChildDirectory children;
    private final DisagreementRepository repository;
    private final StatutoryCalendar calendar;
    private final Clock clock;

    AppealsDemoData(JdbcClient jdbc, DemoRoster roster, AccountService accounts, ChildDirectory children,
                    DisagreementRepository repository, StatutoryCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.accounts = accounts;
        this.children = children;
        this.repository = repository;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from disagreement").query(Long.class).single() > 0) {
            return;
        }
        Optional<Viewer> caseworker = roster.accountId(DemoAccounts.CASEWORKER).flatMap(accounts::viewer);
        if (caseworker.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<Long> withPlans = roster.childrenWithProvision(EnumSet.of(SenProvision.E), null).stream()
                .map(DemoRoster.RosterChild::id).filter(id -> children.canSee(caseworker.get(), id)).limit(2).toList();
        if (withPlans.size() < 2) {
            return;
        }
        String by = DemoAccounts.CASEWORKER;
        repository.save(Disagreement.open(withPlans.get(0), AppealType.CONTENTS, today.minusDays(12),
                today.minusDays(12), today, by));
        Disagreement appeal = Disagreement.open(withPlans.get(1), AppealType.REFUSAL_TO_AMEND, today.minusDays(120),
                today.minusDays(120), today, by);
        appeal.take(new DisagreementCommand.IssueCertificate(today.minusDays(90), MediationOutcome.NOT_AGREED), today,
                calendar);
        appeal.take(new DisagreementCommand.RegisterAppeal(today.minusDays(60), today.minusDays(18)), today, calendar);
        appeal.take(new DisagreementCommand.ListHearing(today.plusDays(45)), today, calendar);
        repository.save(appeal);
        log.info("Demo appeals: one mediation offered, one appeal registered with its hearing listed");
    }
}
