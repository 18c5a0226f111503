package uk.send.commissioning.offer;

import org.springframework.data.jpa.repository.JpaRepository;

interface OfferServiceRepository extends JpaRepository<OfferService, Long> {
}
