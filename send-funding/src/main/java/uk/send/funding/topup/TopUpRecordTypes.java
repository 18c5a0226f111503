package uk.send.funding.topup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.send.domain.retention.RetentionPeriod;
import uk.send.domain.retention.RetentionRecordType;

/** A decided application for top-up funding is a financial record: kept from the panel's decision. */
@Configuration(proxyBeanMethods = false)
class TopUpRecordTypes {

    @Bean
    RetentionRecordType decidedTopUpApplicationsRetention() {
        return RetentionRecordType.of("TOP_UP_APPLICATION", 40, 0, new RetentionPeriod(6, 0), """
                select a.id, a.decided_on as starts_on, a.child_id as link_id
                from top_up_application a where a.decided_on is not null""");
    }
}
