package org.casebook.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImportItemRepository extends JpaRepository<ImportItem, Long> {
    @Query("""
            select new org.casebook.article.ImportLine(
                i.jobId, i.position, i.name, i.status, i.message, i.articleId)
            from ImportItem i where i.jobId in :jobIds order by i.jobId, i.position
            """)
    List<ImportLine> findLines(Collection<Long> jobIds);

    /**
     * The job's first PENDING item, locked until the transaction ends; an item another worker holds is skipped, so
     * two workers never take the same item.
     */
    @Query(value = """
            select i.id from import_items i where i.job_id = :jobId and i.status = 'PENDING'
            order by i.position limit 1 for update skip locked
            """, nativeQuery = true)
    Optional<Long> claimNextPendingId(long jobId);

    /** The job's first item not settled yet (PENDING or RUNNING). */
    @Query(value = """
            select i.id from import_items i where i.job_id = :jobId and i.status in ('PENDING', 'RUNNING')
            order by i.position limit 1
            """, nativeQuery = true)
    Optional<Long> findNextUnsettledId(long jobId);

    /** Items a stopped application left RUNNING in unfinished jobs are to run again. */
    @Modifying
    @Query(value = """
            update import_items set status = 'PENDING', version = version + 1
            where status = 'RUNNING' and job_id in (select id from import_jobs where status in ('QUEUED', 'RUNNING'))
            """, nativeQuery = true)
    int releaseRunning();

    @Query("select coalesce(max(i.position), -1) from ImportItem i where i.jobId = :jobId")
    int findLastPosition(long jobId);
}
