package org.casebook.article;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitStanceRepository extends JpaRepository<UnitStance, Long> {
    /** How a motion's stances stand: changes whenever a unit or stance is added, removed or changed. */
    record StanceState(long count, long maxUnitId, long versions) {
        String key() {
            return count + ":" + maxUnitId + ":" + versions;
        }
    }

    @Query("select st from UnitStance st where st.unit.id = :unitId and st.motionId = :motionId")
    Optional<UnitStance> findByUnitIdAndMotionId(long unitId, long motionId);

    @Query("select st from UnitStance st join fetch st.unit u where u.article.id = :articleId order by st.motionId")
    List<UnitStance> findByArticle(long articleId);

    @Query("""
            select st from UnitStance st join fetch st.unit u join fetch u.article a join fetch a.source
            where st.motionId = :motionId order by a.id, u.spanStart
            """)
    List<UnitStance> findByMotion(long motionId);

    @Query("""
            select new org.casebook.article.UnitStanceRepository$StanceState(
                count(st), coalesce(max(u.id), 0), coalesce(sum(st.version), 0) + coalesce(sum(u.version), 0))
            from UnitStance st join st.unit u where st.motionId = :motionId
            """)
    StanceState state(long motionId);
}
