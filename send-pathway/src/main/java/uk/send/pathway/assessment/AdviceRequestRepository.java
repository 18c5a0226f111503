package uk.send.pathway.assessment;

import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Advice requests read by the adviser they are addressed to: the adviser's scope is part of every query. */
interface AdviceRequestRepository extends JpaRepository<AdviceRequest, Long> {

    /** The requests addressed to one adviser, with their cases, the latest due date first. */
    @EntityGraph(attributePaths = {"assessment"})
    List<AdviceRequest> findByAdviserIdOrderByDueOnDescIdDesc(long adviserId);

    @EntityGraph(attributePaths = {"assessment"})
    Optional<AdviceRequest> findByIdAndAdviserId(long id, long adviserId);

    /** As {@link #findByIdAndAdviserId}, locked, so that two submissions of the same advice take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from AdviceRequest r where r.id = :id and r.adviserId = :adviserId")
    Optional<AdviceRequest> lockByIdAndAdviserId(long id, long adviserId);
}
