/**
 * The statutory calendar: every time limit the SEND Regulations 2014 and the SEND Code of Practice (2015)
 * set for an EHC needs assessment, a review or a tribunal concession, and the arithmetic on them.
 *
 * <p>{@link uk.send.pathway.calendar.StatutoryPeriod} is the one table of periods, each with its length and
 * its regulation reference. {@link uk.send.pathway.calendar.StatutoryCalendar} turns dates into deadlines,
 * deadline status and final-plan timeliness; {@link uk.send.pathway.calendar.AssessmentException} records a
 * regulation 10(4) exception.
 *
 * <p>Conventions that hold throughout:
 * <ul>
 *   <li>Dates are {@link java.time.LocalDate}s. Weeks are calendar weeks and deadlines fall on calendar days,
 *       weekends and bank holidays included; clock changes cannot move a date.</li>
 *   <li>A time limit "within N weeks of" a date is due on that date plus N weeks: on the due date is on time,
 *       the day after is late.</li>
 *   <li>Nothing here reads the system clock: "today" is always a parameter.</li>
 *   <li>No Spring: the calendar is plain Java so that it can be tested and reused anywhere.</li>
 * </ul>
 */
@org.springframework.modulith.NamedInterface("calendar")
package uk.send.pathway.calendar;
