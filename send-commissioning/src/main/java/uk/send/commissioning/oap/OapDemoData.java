package uk.send.commissioning.oap;

import java.util.List;
import java.util.Optional;

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

/**
 * Demo standards of ordinarily available provision (synthetic wording written for the demo), added by the demo
 * commissioner, and self-assessments: the demo SENCO's school submitted last year and has started this year; a few
 * other mainstream schools have submitted this year, so that the roll-up has something to count.
 */
@Component
@Order(7)
@ConditionalOnBooleanProperty("send.demo-data")
class OapDemoData implements ApplicationRunner {

    private record Demo(AreaOfNeed area, String wording) {
    }

    private static final List<Demo> STANDARDS = List.of(
            new Demo(AreaOfNeed.COMMUNICATION_AND_INTERACTION,
                    "Instructions are given in short steps, checked for understanding, and backed by something to look at."),
            new Demo(AreaOfNeed.COMMUNICATION_AND_INTERACTION,
                    "Pupils are taught the words of each new topic before it starts, and word walls are used in every class."),
            new Demo(AreaOfNeed.COMMUNICATION_AND_INTERACTION,
                    "Changes to the day are explained in advance, with a visual timetable where a pupil needs one."),
            new Demo(AreaOfNeed.COGNITION_AND_LEARNING,
                    "Tasks are broken into smaller parts, and pupils can use practical equipment and worked examples."),
            new Demo(AreaOfNeed.COGNITION_AND_LEARNING,
                    "Staff check prior learning and adjust the pace, and pupils get extra time to process and answer."),
            new Demo(AreaOfNeed.COGNITION_AND_LEARNING,
                    "Reading materials are matched to the pupil's reading age, and text can be read aloud or enlarged."),
            new Demo(AreaOfNeed.SOCIAL_EMOTIONAL_AND_MENTAL_HEALTH,
                    "Every pupil knows a named adult they can go to, and there is a calm space they can use when needed."),
            new Demo(AreaOfNeed.SOCIAL_EMOTIONAL_AND_MENTAL_HEALTH,
                    "The behaviour policy is applied with reasonable adjustments, and incidents are followed by a restorative talk."),
            new Demo(AreaOfNeed.SOCIAL_EMOTIONAL_AND_MENTAL_HEALTH,
                    "Unstructured times such as lunch and break have a supervised quieter option."),
            new Demo(AreaOfNeed.SENSORY_AND_PHYSICAL,
                    "Seating takes account of hearing and vision, and classrooms keep background noise and glare low."),
            new Demo(AreaOfNeed.SENSORY_AND_PHYSICAL,
                    "Pupils can take movement breaks, and equipment such as pencil grips and sloped boards is to hand."),
            new Demo(AreaOfNeed.SENSORY_AND_PHYSICAL,
                    "The site, trips and activities are planned so that a pupil with a physical disability can take part."));

    private static final Rating[] PATTERN = {Rating.MET, Rating.MET, Rating.PARTLY_MET, Rating.MET, Rating.NOT_MET,
            Rating.MET, Rating.PARTLY_MET};

    private final OapStandards standards;
    private final SelfAssessments assessments;
    private final AccountService accounts;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    OapDemoData(OapStandards standards, SelfAssessments assessments, AccountService accounts, JdbcClient jdbc,
                java.time.Clock clock) {
        this.clock = clock;
        this.standards = standards;
        this.assessments = assessments;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    private Optional<Viewer> viewer(String email) {
        return accounts.forSignIn(email).flatMap(a -> accounts.viewer(a.userId()));
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists (select 1 from oap_standard)").query(Boolean.class).single()) {
            return;
        }
        Optional<Viewer> commissioner = viewer(DemoAccounts.COMMISSIONER);
        if (commissioner.isEmpty()) {
            return;
        }
        for (Demo demo : STANDARDS) {
            standards.add(commissioner.get(), demo.area(), demo.wording());
        }
        List<StandardView> inForce = standards.inForce();
        AcademicYear year = assessments.currentYear();
        Optional<Viewer> senco = viewer(DemoAccounts.SENCO);
        senco.ifPresent(s -> {
            submitted(s.settingId(), year.previous(), inForce, 1);
            for (int i = 0; i < inForce.size() / 2; i++) {
                StandardView standard = inForce.get(i);
                Rating rating = PATTERN[(i + 2) % PATTERN.length];
                assessments.answer(s, standard.id(), rating, "Seen in learning walks this term.",
                        rating == Rating.MET ? null : "Training for support staff at the next staff meeting.");
            }
        });
        List<Long> schools = jdbc.sql("""
                        select id from setting where open and type in ('MAINSTREAM_MAINTAINED', 'MAINSTREAM_ACADEMY')
                        and id <> :senco order by id""")
                .param("senco", senco.map(Viewer::settingId).orElse(-1L)).query(Long.class).list();
        for (int i = 0; i < schools.size(); i += 2) {
            submitted(schools.get(i), year, inForce, i);
        }
    }

    /** A self-assessment submitted in the year, written directly: the service only opens this year's to a SENCO. */
    private void submitted(long settingId, AcademicYear year, List<StandardView> inForce, int seed) {
        long id = jdbc.sql("""
                        insert into oap_self_assessment (setting_id, academic_year, submitted_on, submitted_by, updated_by)
                        values (:setting, :year, :on, 'senco@demo.send', 'senco@demo.send') returning id""")
                .param("setting", settingId).param("year", year.startYear())
                .param("on", year.equals(assessments.currentYear()) ? java.time.LocalDate.now(clock)
                        : java.time.LocalDate.of(year.startYear() + 1, 3, 20)).query(Long.class).single();
        for (int i = 0; i < inForce.size(); i++) {
            Rating rating = PATTERN[(i + seed) % PATTERN.length];
            jdbc.sql("""
                            insert into oap_answer (self_assessment_id, standard_id, standard_version, rating, evidence, action, answered_by)
                            values (:sa, :standard, :version, :rating, 'Staff survey and lesson visits.', :action, 'senco@demo.send')""")
                    .param("sa", id).param("standard", inForce.get(i).id()).param("version", inForce.get(i).version())
                    .param("rating", rating.name())
                    .param("action", rating == Rating.MET ? null : "Whole-staff training planned for next term.").update();
        }
    }
}
