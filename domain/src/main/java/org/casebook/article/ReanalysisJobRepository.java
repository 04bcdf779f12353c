package org.casebook.article;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReanalysisJobRepository extends JpaRepository<ReanalysisJob, Long> {
    /** Runs a stopped application left unfinished, oldest first. */
    @Query("select j from ReanalysisJob j where j.status in ('QUEUED', 'RUNNING') order by j.id")
    List<ReanalysisJob> findUnfinished();
}
