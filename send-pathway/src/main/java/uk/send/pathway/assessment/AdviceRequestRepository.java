package uk.send.pathway.assessment;

import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Advice requests read by the adviser they are addressed to: the adviser's scope is part of every query. */
interface AdviceRequestRepository extends JpaRepository<AdviceRequest, Long> {

    /** One page of the requests addressed to one adviser still waiting for their advice, the soonest due first. */
    // fetch joins rather than entity graphs here: Hibernate keeps a query's translated SQL only when no graph applies
    @Query("""
            select r from AdviceRequest r join fetch r.assessment
            where r.adviserId = :adviserId and r.receivedOn is null order by r.dueOn, r.id""")
    List<AdviceRequest> findByAdviserIdAndReceivedOnIsNullOrderByDueOnAscIdAsc(long adviserId, Pageable page);

    /** One page of the requests an adviser has answered, the latest answer first. */
    @Query("""
            select r from AdviceRequest r join fetch r.assessment
            where r.adviserId = :adviserId and r.receivedOn is not null order by r.receivedOn desc, r.id desc""")
    List<AdviceRequest> findByAdviserIdAndReceivedOnIsNotNullOrderByReceivedOnDescIdDesc(long adviserId, Pageable page);

    /** How many requests addressed to one adviser wait for advice, and how many they have answered: one statement. */
    @Query(value = """
            select count(*) filter (where received_on is null) as waiting, count(received_on) as answered
            from advice_request where adviser_id = :adviserId""", nativeQuery = true)
    AdviceCounts countForAdviser(long adviserId);

    interface AdviceCounts {
        long getWaiting();

        long getAnswered();
    }

    @Query("select r from AdviceRequest r join fetch r.assessment where r.id = :id and r.adviserId = :adviserId")
    Optional<AdviceRequest> findByIdAndAdviserId(long id, long adviserId);

    /** As {@link #findByIdAndAdviserId}, locked, so that two submissions of the same advice take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from AdviceRequest r where r.id = :id and r.adviserId = :adviserId")
    Optional<AdviceRequest> lockByIdAndAdviserId(long id, long adviserId);
}
