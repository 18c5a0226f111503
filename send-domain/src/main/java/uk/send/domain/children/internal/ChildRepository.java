package uk.send.domain.children.internal;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ChildRepository extends JpaRepository<Child, Long>, JpaSpecificationExecutor<Child> {

    @Override
    @EntityGraph(attributePaths = {"homeFootprint", "setting"})
    Page<Child> findAll(Specification<Child> spec, Pageable pageable);

    @EntityGraph(attributePaths = {"homeFootprint", "setting", "carers", "carers.account"})
    @Query("select c from Child c where c.id = :id")
    Optional<Child> findRecord(long id);
}
