package uk.send.funding.topup;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BandRepository extends JpaRepository<Band, Long> {

    List<Band> findAllByOrderByAnnualValuePenceAscIdAsc();

    boolean existsByNameIgnoreCase(String name);
}
