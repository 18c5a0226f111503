package uk.send.funding.outreach;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutreachSessionRepository extends JpaRepository<OutreachSession, Long> {

    List<OutreachSession> findByRequestIdOrderByDeliveredOnAscIdAsc(long requestId);

}
