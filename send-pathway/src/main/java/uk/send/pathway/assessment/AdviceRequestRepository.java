package uk.send.pathway.assessment;

import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Advice requests read by the adviser they are addressed to: the adviser's scope is part of every query. */
interface AdviceRequestRepository extends JpaRepository<AdviceRequest, Long> {

    /** One page of the requests addressed to one adviser still waiting for their advice, the soonest due first. */
    @EntityGraph(attributePaths = {"assessment"})
    List<AdviceRequest> findByAdviserIdAndReceivedOnIsNullOrderByDueOnAscIdAsc(long adviserId, Pageable page);

    /** One page of the requests an adviser has answered, the latest answer first. */
    @EntityGraph(attributePaths = {"assessment"})
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

    @EntityGraph(attributePaths = {"assessment"})
    Optional<AdviceRequest> findByIdAndAdviserId(long id, long adviserId);

    /** As {@link #findByIdAndAdviserId}, locked, so that two submissions of the same advice take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from AdviceRequest r where r.id = :id and r.adviserId = :adviserId")
    Optional<AdviceRequest> lockByIdAndAdviserId(long id, long adviserId);
}
