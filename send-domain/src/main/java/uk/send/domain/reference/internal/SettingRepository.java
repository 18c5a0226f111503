package uk.send.domain.reference.internal;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import uk.send.domain.reference.SettingType;

public interface SettingRepository extends JpaRepository<Setting, Long> {

    boolean existsByUrn(String urn);

    @EntityGraph(attributePaths = {"footprint", "host"})
    @Query("""
            select s from Setting s
            where (:q = '' or lower(s.name) like concat('%', :q, '%') or s.urn = :q)
              and (:footprintId is null or s.footprint.id = :footprintId)
              and (:type is null or s.type = :type)""")
    Page<Setting> search(String q, Long footprintId, SettingType type, Pageable pageable);

    @EntityGraph(attributePaths = {"footprint"})
    List<Setting> findAllByOrderByNameAsc();

    @EntityGraph(attributePaths = {"footprint"})
    List<Setting> findByFootprintIdInOrderByNameAsc(java.util.Collection<Long> footprintIds);
}
