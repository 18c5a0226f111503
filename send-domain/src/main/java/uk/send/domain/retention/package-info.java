/**
 * Retention: how long each kind of record is kept (an administrator's setting per record type, with the council's
 * default and its reason), and which records are past it. Each module declares its own record types as
 * {@link uk.send.domain.retention.RetentionRecordType} beans. Nothing here deletes anything. Part of the domain
 * module's API.
 */
@org.springframework.modulith.NamedInterface("retention")
package uk.send.domain.retention;
