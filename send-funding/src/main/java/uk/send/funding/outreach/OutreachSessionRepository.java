package uk.send.funding.outreach;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutreachSessionRepository extends JpaRepository<OutreachSession, Long> {

    List<OutreachSession> findByRequestIdOrderByDeliveredOnAscIdAsc(long requestId);

    int countByRequestId(long requestId);

    /** Sessions delivered per request: [request id, count]. */
    @Query("select s.requestId, count(s) from OutreachSession s where s.requestId in :ids group by s.requestId")
    List<Object[]> countsFor(Collection<Long> ids);
}
