package org.casebook.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImportItemRepository extends JpaRepository<ImportItem, Long> {
    @Query("""
            select new org.casebook.article.ImportLine(
                i.jobId, i.position, i.name, i.status, i.message, i.articleId)
            from ImportItem i where i.jobId in :jobIds order by i.jobId, i.position
            """)
    List<ImportLine> findLines(Collection<Long> jobIds);

    /** The job's first item not settled yet (PENDING, or RUNNING when a crash interrupted it). */
    @Query(value = """
            select i.id from import_items i where i.job_id = :jobId and i.status in ('PENDING', 'RUNNING')
            order by i.position limit 1
            """, nativeQuery = true)
    Optional<Long> findNextUnsettledId(long jobId);

    @Query("select coalesce(max(i.position), -1) from ImportItem i where i.jobId = :jobId")
    int findLastPosition(long jobId);
}
