package uk.send.pathway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.send.domain.retention.RetentionPeriod;
import uk.send.domain.retention.RetentionRecordType;

/**
 * The pathway's records kept for a limited time after they end: a ceased EHC plan (from the day it ceased) and
 * the advice given for an assessment (from the day it was received). Each links to the child's record.
 */
@Configuration(proxyBeanMethods = false)
class PathwayRecordTypes {

    @Bean
    RetentionRecordType ceasedPlansRetention() {
        return RetentionRecordType.of("PLAN_CEASED", 20, 0, new RetentionPeriod(6, 0), """
                select p.id, p.ceased_on as starts_on, p.child_id as link_id
                from ehc_plan p where p.ceased_on is not null""");
    }

    @Bean
    RetentionRecordType adviceReceivedRetention() {
        return RetentionRecordType.of("ADVICE_REQUEST", 30, 0, new RetentionPeriod(6, 0), """
                select r.id, r.received_on as starts_on, a.child_id as link_id
                from advice_request r join needs_assessment a on a.id = r.assessment_id
                where r.received_on is not null""");
    }
}
