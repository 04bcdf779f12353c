package org.casebook.article;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImportJobRepository extends JpaRepository<ImportJob, Long> {
    /** Jobs the worker has not carried to their end, oldest first: what a start resumes. */
    @Query("select j.id from ImportJob j where j.status in ('QUEUED', 'RUNNING') order by j.id")
    List<Long> findUnfinishedIds();

    /** The newest jobs nobody cleared, newest first. */
    @Query("select j from ImportJob j where j.cleared = false order by j.id desc")
    List<ImportJob> findRecent(Limit limit);

    @Query("select j from ImportJob j where j.cleared = false and j.status in ('DONE', 'FAILED')")
    List<ImportJob> findFinishedNotCleared();
}
