/**
 * Reference values of the SEND domain — pupil and NHS identifiers, school URNs, money, year groups and census code lists — each validated when it is made.
 */
@org.springframework.modulith.NamedInterface("reference")
package uk.send.domain.reference;
