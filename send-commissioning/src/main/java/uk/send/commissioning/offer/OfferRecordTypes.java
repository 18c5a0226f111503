package uk.send.commissioning.offer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.send.domain.retention.RetentionPeriod;
import uk.send.domain.retention.RetentionRecordType;

/** A comment on the Local Offer ("You said, we did"): kept from the day it was sent, published or not. */
@Configuration(proxyBeanMethods = false)
class OfferRecordTypes {

    @Bean
    RetentionRecordType offerCommentsRetention() {
        return RetentionRecordType.of("OFFER_COMMENT", 50, 0, new RetentionPeriod(2, 0), """
                select c.id, (c.submitted_at at time zone 'Europe/London')::date as starts_on, c.id as link_id
                from offer_comment c""");
    }
}
