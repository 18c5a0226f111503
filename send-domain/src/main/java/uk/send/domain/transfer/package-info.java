/**
 * Part of the domain module's API: files an administrator uploads to bring data in (a GIAS extract, a caseload
 * migration file), kept while they are checked, previewed and applied, with each import's progress.
 */
@org.springframework.modulith.NamedInterface("transfer")
package uk.send.domain.transfer;
