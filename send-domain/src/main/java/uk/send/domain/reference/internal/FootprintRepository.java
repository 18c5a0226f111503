package uk.send.domain.reference.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FootprintRepository extends JpaRepository<Footprint, Long> {

    List<Footprint> findAllByOrderByNameAsc();

    boolean existsByCodeAndIdNot(String code, Long id);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
