/**
 * Rules about who may sign in and how, starting with the password policy applied when a password is chosen.
 */
package uk.send.domain.access;
