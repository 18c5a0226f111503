package uk.send.domain.retention;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The domain module's records kept for a limited time: the child's record, the audit trail, sent email, emailed
 * sign-in links and uploaded files. The reasons for each default are the web's words
 * ({@code admin.retention.type.*.reason}).
 */
@Configuration(proxyBeanMethods = false)
class DomainRecordTypes {

    /** A child's record: from the 25th birthday (the service's upper age), counted from the date of birth. */
    @Bean
    RetentionRecordType childRecordsRetention() {
        return RetentionRecordType.of("CHILD", 10, 25, new RetentionPeriod(6, 0),
                "select c.id, c.date_of_birth as starts_on, c.id as link_id from child c");
    }

    /** A row of the audit trail: from the day it was written (London). */
    @Bean
    RetentionRecordType auditRowsRetention() {
        return RetentionRecordType.of("AUDIT_EVENT", 60, 0, new RetentionPeriod(6, 0), """
                select a.id, (a.occurred_at at time zone 'Europe/London')::date as starts_on, null::bigint as link_id
                from audit_event a""");
    }

    /** An email the service sent: from the day it went. Unsent email is still to be sent, so never past. */
    @Bean
    RetentionRecordType sentMailRetention() {
        return RetentionRecordType.of("MAIL", 70, 0, new RetentionPeriod(2, 0), """
                select o.id, (o.sent_at at time zone 'Europe/London')::date as starts_on, o.id as link_id
                from notification_outbox o where o.sent_at is not null""");
    }

    /** A single-use emailed link (password reset, invitation): from its use, or from its expiry if never used. */
    @Bean
    RetentionRecordType accountLinksRetention() {
        return RetentionRecordType.of("ACCOUNT_LINK", 80, 0, new RetentionPeriod(0, 3), """
                select t.id, (coalesce(t.used_at, t.expires_at) at time zone 'Europe/London')::date as starts_on,
                       t.account_id as link_id
                from account_token t""");
    }

    /** An uploaded file (GIAS extract, migration file), which holds every row it brought in: from its upload. */
    @Bean
    RetentionRecordType uploadedFilesRetention() {
        return RetentionRecordType.of("DATA_IMPORT", 90, 0, new RetentionPeriod(0, 6), """
                select d.id, (d.created_at at time zone 'Europe/London')::date as starts_on, d.id as link_id
                from data_import d""");
    }
}
