package uk.send.pathway.returns;

import java.time.LocalDate;

/**
 * One line of the person-level return as the records stood on the census date: the child (module 1), the request
 * and its decision (module 2), the assessment and its outcome with whether a reg 10(4) exception applied
 * (module 3), the plan that came of it (4a/4b) and, when that plan was in force on the census date, its review and
 * placement (5a/5b) and the child's needs (5c). A date after the census date is read as not yet happened; a plan
 * recorded without a request has the request's fields null.
 *
 * @param requestedBy      who asked: PARENT, YOUNG_PERSON, SETTING or OTHER (null with no request)
 * @param decidedToAssess  true when the council agreed to assess, false when it refused, null while undecided
 * @param planToBeIssued   true when a final plan was issued, false when the council decided not to issue, null while open
 * @param placementSettingType the named setting's type ({@code SettingType}'s name)
 */
public record Sen2Row(long childId, String familyName, String givenName, LocalDate dateOfBirth, String upn,
        String postcode, String primaryNeed, String secondaryNeed,
        Long assessmentId, LocalDate requestReceived, String requestedBy, LocalDate requestOutcomeDate,
        Boolean decidedToAssess, boolean requestMediation, boolean requestTribunal,
        LocalDate assessmentOutcomeDate, Boolean planToBeIssued, boolean assessmentMediation,
        boolean assessmentTribunal, boolean week20Exception,
        Long planId, LocalDate planStartDate, LocalDate ceasedOn, String ceaseReason, Boolean personalBudget,
        Boolean directPayments, boolean activeOnCensus, LocalDate lastReviewMeeting, String placementUrn,
        String placementSettingType, LocalDate placementEntryDate) {

    /** The request went on to an assessment (the council agreed to assess). */
    public boolean assessed() {
        return Boolean.TRUE.equals(decidedToAssess);
    }
}
