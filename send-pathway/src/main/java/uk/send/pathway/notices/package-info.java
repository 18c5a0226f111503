/**
 * Emails to families about their child's case: each told from the pathway's events after the commit, through the
 * event publication registry ({@link uk.send.pathway.notices.FamilyNotices}), and reminders a few days before a
 * date the family has to meet ({@link uk.send.pathway.notices.FamilyReminders}). Internal to the pathway.
 */
package uk.send.pathway.notices;
