package org.casebook.article;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface KeyPointGroupRepository extends JpaRepository<KeyPointGroup, Long> {
    @Query("select distinct k from KeyPointGroup k left join fetch k.unitIds where k.motionId = :motionId")
    List<KeyPointGroup> findByMotion(long motionId);

    @Modifying(flushAutomatically = true)
    @Query(value = "delete from key_points where motion_id = :motionId", nativeQuery = true)
    void deleteByMotion(long motionId);
}
