/**
 * Ordinarily available provision (issue 18): the council's standards of what every school offers without extra
 * funding, by broad area of need ({@link uk.send.commissioning.oap.OapStandards}: added, reworded and retired by an
 * administrator or commissioner, every wording kept as a version and audited); each school's self-assessment once per
 * academic year ({@link uk.send.commissioning.oap.SelfAssessments}: met, partly met or not met with evidence and
 * action, editable by the school's SENCO until submitted, kept over the years); and the council's roll-up by school
 * and footprint ({@link uk.send.commissioning.oap.OapResults}), counted in SQL and scoped to a caseworker's footprints.
 */
@org.springframework.modulith.NamedInterface("oap")
package uk.send.commissioning.oap;
