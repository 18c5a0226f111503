package uk.send.pathway.appeal;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisagreementRepository extends JpaRepository<Disagreement, Long> {
}
