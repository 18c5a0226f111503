package uk.send.domain.children;

import java.time.LocalDate;

/**
 * Read model: a child a migration file refers to (by the reference the old system gave them, or by UPN), as the
 * later migration files (plans, SEN Support) need them: who they are now (a record merged into another is
 * answered with the record kept), when they were born, and where they are on roll.
 *
 * @param id          the live record
 * @param reference   its migration reference, or null for a child recorded by hand
 * @param upn         its UPN, or null
 * @param dateOfBirth when the child was born
 * @param settingId   the setting they are on roll at, or null
 */
public record MigrationChild(long id, String reference, String upn, LocalDate dateOfBirth, Long settingId) {
}
