package uk.send.pathway.support;

import java.time.LocalDate;

/**
 * A cycle was reviewed, with its next step: for funding (an application for top-up) and assessments (a request
 * for an EHC needs assessment) to follow. Ids and dates only, no free text.
 */
public record SupportPlanReviewed(long planId, long recordId, long childId, long settingId, int cycle,
                                  LocalDate reviewedOn, NextStep nextStep, String reviewedBy) {
}
