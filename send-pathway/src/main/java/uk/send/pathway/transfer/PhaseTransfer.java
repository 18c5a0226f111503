package uk.send.pathway.transfer;

import java.time.LocalDate;

/**
 * One child with a plan who moves between phases at the end of this academic year, as the transfer list shows it.
 *
 * @param settingName      the setting the child attends now (null if none)
 * @param deadline         the day the plan naming the next setting must be final (reg 18)
 * @param reviewStartBy    the latest day for the review leading to the move ({@code StatutoryCalendar})
 * @param reviewLate       that day has passed, no review is under way and nothing for the move has been sent yet
 * @param namedSettingName the setting named by the plan for the next phase, once final (else null)
 * @param namedOn          the day that plan was issued (else null)
 * @param proposedOn       the day amendments for the move were last proposed this year (else null)
 * @param review           whether the review leading to the move is arranged or held this academic year
 * @param reviewMeetingOn  the day of that review's meeting (held or arranged), else null
 */
public record PhaseTransfer(long childId, long planId, String givenName, String familyName, LocalDate dateOfBirth,
                            String upn, String footprintName, String settingName, TransferKind kind, LocalDate deadline,
                            LocalDate reviewStartBy, boolean reviewLate, TransferStatus status,
                            String namedSettingName, LocalDate namedOn, LocalDate proposedOn, TransferReview review,
                            LocalDate reviewMeetingOn) {
}
