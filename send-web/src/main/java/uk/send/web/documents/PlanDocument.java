package uk.send.web.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the EHC plan document ({@code templates/documents/ehc-plan.html}) shows, section by section as
 * regulation 12 of the SEND Regulations 2014 sets them out. It is plain text, already worded for the family:
 * a plan is mapped onto it, and it knows nothing of where the words came from. Free-text sections are lists of
 * paragraphs; a section with nothing in it shows "None" rather than disappearing, because every section of a
 * plan must be there.
 *
 * @param childName                the child's or young person's full name
 * @param dateOfBirth              their date of birth
 * @param viewsInterestsAspirations A: the views, interests and aspirations of the child and their family
 * @param specialEducationalNeeds  B: the child's special educational needs
 * @param healthNeeds              C: health needs related to their special educational needs
 * @param socialCareNeeds          D: social care needs related to their special educational needs or disability
 * @param outcomes                 E: the outcomes sought, with the steps towards each
 * @param specialEducationalProvision F: the special educational provision, specified and quantified
 * @param healthProvision          G: health provision
 * @param socialCareProvisionCsdpa H1: social care provision under section 2 of the Chronically Sick and
 *                                 Disabled Persons Act 1970
 * @param otherSocialCareProvision H2: any other social care provision
 * @param placement                I: the school or other setting named, or none yet
 * @param personalBudget           J: the personal budget, including any direct payments (null: not written)
 * @param adviceAndInformation     K: the advice and information gathered during the assessment (the appendices)
 * @param familyRequest            beside the empty section I of a draft: the school or setting the family asked
 *                                 for, worded ("Requested by the family on 3 March 2026: Hill Primary"), or null
 */
public record PlanDocument(String childName,
                           LocalDate dateOfBirth,
                           List<String> viewsInterestsAspirations,
                           List<String> specialEducationalNeeds,
                           List<String> healthNeeds,
                           List<String> socialCareNeeds,
                           List<Outcome> outcomes,
                           List<Provision> specialEducationalProvision,
                           List<String> healthProvision,
                           List<String> socialCareProvisionCsdpa,
                           List<String> otherSocialCareProvision,
                           Placement placement,
                           PersonalBudget personalBudget,
                           List<Advice> adviceAndInformation,
                           String familyRequest) {

    public PlanDocument {
        if (childName == null || childName.isBlank()) {
            throw new IllegalArgumentException("childName is required");
        }
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        viewsInterestsAspirations = copy(viewsInterestsAspirations);
        specialEducationalNeeds = copy(specialEducationalNeeds);
        healthNeeds = copy(healthNeeds);
        socialCareNeeds = copy(socialCareNeeds);
        outcomes = copy(outcomes);
        specialEducationalProvision = copy(specialEducationalProvision);
        healthProvision = copy(healthProvision);
        socialCareProvisionCsdpa = copy(socialCareProvisionCsdpa);
        otherSocialCareProvision = copy(otherSocialCareProvision);
        adviceAndInformation = copy(adviceAndInformation);
    }

    /**
     * One outcome in section E.
     *
     * @param outcome   what the child will achieve (SMART)
     * @param steps     the steps towards it
     * @param byWhen    when it should be achieved, as the plan words it ("By July 2027")
     * @param adulthood the preparing-for-adulthood area it belongs to, or null (before Year 9 there may be none)
     */
    public record Outcome(String outcome, String steps, String byWhen, PreparingForAdulthood adulthood) {
    }

    /**
     * One item of special educational provision in section F.
     *
     * @param what     the provision
     * @param howOften how often it is given ("3 times a week")
     * @param howLong  how long each time, or for how long ("30 minutes")
     * @param byWhom   who gives it ("Speech and language therapist")
     */
    public record Provision(String what, String howOften, String howLong, String byWhom) {
    }

    /**
     * Section I.
     *
     * @param name the school or setting's name
     * @param type the type of school or setting ("Mainstream primary academy")
     */
    public record Placement(String name, String type) {
    }

    /**
     * Section J, worded.
     *
     * @param requested      whether a personal budget was requested; null when not recorded
     * @param amount         the amount a year ("£2,400.00"), when requested
     * @param covers         the parts of the plan it pays towards ("Education", "Social care"), when requested
     * @param directPayments whether any is paid as direct payments, when requested
     * @param arrangements   the arrangements, as paragraphs
     */
    public record PersonalBudget(Boolean requested, String amount, List<String> covers, Boolean directPayments,
                                 List<String> arrangements) {
        public PersonalBudget {
            covers = copy(covers);
            arrangements = copy(arrangements);
        }
    }

    /**
     * One piece of advice or information in section K.
     *
     * @param title  what it is ("Educational psychology advice")
     * @param author who gave it
     * @param date   when it was given, or null if unknown
     */
    public record Advice(String title, String author, LocalDate date) {
    }

    /** The preparing-for-adulthood areas that outcomes from Year 9 onwards fall under. */
    public enum PreparingForAdulthood {
        EMPLOYMENT, INDEPENDENT_LIVING, COMMUNITY_PARTICIPATION, HEALTH
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
