/**
 * Rules about who may sign in and how, starting with the password policy applied when a password is chosen.
 */
@org.springframework.modulith.NamedInterface("access")
package uk.send.domain.access;
