package uk.send.web.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import uk.send.web.documents.PlanDocument.Advice;
import uk.send.web.documents.PlanDocument.Outcome;
import uk.send.web.documents.PlanDocument.Placement;
import uk.send.web.documents.PlanDocument.PreparingForAdulthood;
import uk.send.web.documents.PlanDocument.Provision;

/** Synthetic EHC plans for the document tests: no real child is described. */
final class SamplePlans {

    static final String COUNCIL = "Demo Borough Council";
    static final LocalDate ISSUED_ON = LocalDate.of(2026, 11, 2);

    private SamplePlans() {
    }

    static DocumentInfo info(String childName) {
        return new DocumentInfo("Education, health and care plan – " + childName, COUNCIL,
                "Final EHC plan", "en-GB", ISSUED_ON);
    }

    static Map<String, Object> model(PlanDocument plan) {
        return Map.of("plan", plan);
    }

    /** A Year 10 pupil in a mainstream secondary with an autism base: every section filled in. */
    static PlanDocument full() {
        return new PlanDocument("Amara O’Connell-Mensah", LocalDate.of(2011, 3, 14),
                List.of("Amara enjoys drawing, especially comics, and wants to work in animation. She likes "
                                + "quiet spaces and knowing what will happen next in her day.",
                        "Her parents want her to stay at her school, to sit GCSEs in art and English, and to "
                                + "travel to college on her own by the time she is 17."),
                List.of("Amara has an autism diagnosis (2019). She finds changes to routine and busy, noisy "
                                + "rooms hard, and can become overwhelmed and leave the room.",
                        "Her reading age is about two years below her age; she finds it hard to write at "
                                + "length and to organise her ideas."),
                List.of("Anxiety, for which she sees the Children and Young People’s Mental Health Service "
                        + "every month."),
                List.of("Amara’s family would like support for her to take part in a youth club after school."),
                List.of(new Outcome("Amara will travel to school on the bus on her own.",
                                "Travel training with a support worker; a visual route plan; practising the "
                                        + "route at quiet times first.",
                                "By July 2027", PreparingForAdulthood.INDEPENDENT_LIVING),
                        new Outcome("Amara will write a 300-word piece with a clear beginning, middle and end.",
                                "Writing frames; 1:1 literacy sessions; using a laptop for longer work.",
                                "By the end of Year 11", PreparingForAdulthood.EMPLOYMENT),
                        new Outcome("Amara will tell an adult when she feels anxious, using her 1–5 scale.",
                                "Daily check-in with her key adult; a quiet space she can use at any time.",
                                "By March 2027", PreparingForAdulthood.HEALTH),
                        new Outcome("Amara will take part in a weekly activity with other young people.",
                                "A youth club place with a buddy for the first six sessions.",
                                "By December 2027", null)),
                List.of(new Provision("Speech and language therapy: social communication group",
                                "Once a week", "45 minutes", "Speech and language therapist"),
                        new Provision("1:1 literacy intervention", "3 times a week", "30 minutes",
                                "Specialist teaching assistant"),
                        new Provision("Access to the autism base at break, lunch and when overwhelmed",
                                "Daily", "As needed", "Autism base staff"),
                        new Provision("Exam access arrangements: extra time, a reader and a separate room",
                                "Every exam", "25% extra time", "Special educational needs co-ordinator")),
                List.of("Monthly appointments with the Children and Young People’s Mental Health Service."),
                List.of(),
                List.of("Short breaks: a youth club place with a buddy, 3 hours a week in term time."),
                new Placement("Riverside Academy", "Mainstream secondary academy with a resourced autism base"),
                new PlanDocument.PersonalBudget(true, "£1,200.00", List.of("Social care"), true,
                        List.of("A personal budget of £1,200 a year for short breaks, paid as a direct payment to "
                                + "Amara’s parents.")),
                List.of(new Advice("Parental advice", "Mr and Mrs O’Connell-Mensah", LocalDate.of(2026, 7, 1)),
                        new Advice("Educational psychology advice", "Dr P. Nwosu, Educational Psychologist",
                                LocalDate.of(2026, 7, 20)),
                        new Advice("Health advice", "Dr L. Hart, Community Paediatrician", LocalDate.of(2026, 8, 3)),
                        new Advice("Social care advice", "Children with Disabilities Team", null),
                        new Advice("Educational advice", "Riverside Academy", LocalDate.of(2026, 7, 15))),
                "Requested by the family on 1 September 2026: Riverside Academy");
    }

    /** A plan with only the child's name and date of birth: every section must still show. */
    static PlanDocument empty() {
        return new PlanDocument("Leo Brooks", LocalDate.of(2020, 9, 1), null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }
}
