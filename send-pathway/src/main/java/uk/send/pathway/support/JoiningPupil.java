package uk.send.pathway.support;

import java.time.LocalDate;

/**
 * A pupil found by UPN and date of birth to join the SENCO's school: only their name and date of birth (which the
 * SENCO typed), whether they are on this school's roll already, and whether they come with SEN Support.
 */
public record JoiningPupil(String fullName, LocalDate dateOfBirth, boolean onRollHere, boolean atSenSupport) {
}
