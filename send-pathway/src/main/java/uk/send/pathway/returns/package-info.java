/**
 * The person-level SEN2 return's records, read for a census date straight from the pathway's tables: one row per
 * request (or per plan with no request recorded) of each child the return covers, streamed in child order so a
 * writer can nest them person by person without holding the area in memory ({@link Sen2Records}); and the return's
 * validation rules, each one SQL condition over the same records, listed per child for the staff who fix them and
 * counted per rule for commissioners ({@link Sen2Checks}). Unlike {@code statistics}, these rows name children:
 * only administrators and caseworkers (in their footprints) are given them.
 */
@org.springframework.modulith.NamedInterface("returns")
package uk.send.pathway.returns;
