package org.casebook.article;

import java.util.List;
import org.casebook.ingest.model.CounterPair;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CounterLinkRepository extends JpaRepository<CounterLink, Long> {
    /** One link: {@code counterId} rebuts {@code unitId}. */
    record LinkRow(long unitId, long counterId, CounterPair.Basis basis, double score) {}

    /** The links a motion's board shows: found in the articles' text, or across the library for this motion. */
    @Query("""
            select new org.casebook.article.CounterLinkRepository$LinkRow(l.unit.id, l.counterUnit.id, l.basis, l.score)
            from CounterLink l where l.motionId is null or l.motionId = :motionId
            """)
    List<LinkRow> findForMotion(long motionId);

    /** Every link touching a unit that has a stance towards the motion, whatever found it. */
    @Query("""
            select new org.casebook.article.CounterLinkRepository$LinkRow(l.unit.id, l.counterUnit.id, l.basis, l.score)
            from CounterLink l
            where l.unit.id in (select st.unit.id from UnitStance st where st.motionId = :motionId)
            """)
    List<LinkRow> findTouchingMotion(long motionId);

    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("delete from CounterLink l where l.motionId = :motionId")
    void deleteByMotionId(long motionId);

    /** Deletes every link touching a unit of the article, whatever found it (before the article is analysed again). */
    @Modifying(flushAutomatically = true)
    @Query("""
            delete from CounterLink l
            where l.unit.id in (select u.id from ArticleUnit u where u.article.id = :articleId)
               or l.counterUnit.id in (select u.id from ArticleUnit u where u.article.id = :articleId)
            """)
    void deleteTouchingArticle(long articleId);
}
