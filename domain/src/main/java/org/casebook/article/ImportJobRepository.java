package org.casebook.article;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ImportJobRepository extends JpaRepository<ImportJob, Long> {
    /** Locked until the transaction ends: workers settling items of the same job update its totals in turn. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select j from ImportJob j where j.id = :id")
    Optional<ImportJob> findLocked(long id);

    /** Jobs the worker has not carried to their end, oldest first: what a start resumes. */
    @Query("select j from ImportJob j where j.status in ('QUEUED', 'RUNNING') order by j.id")
    List<ImportJob> findUnfinished();

    /** The owner's newest jobs nobody cleared, newest first. */
    @Query("select j from ImportJob j where j.cleared = false and j.ownerId = :ownerId order by j.id desc")
    List<ImportJob> findRecent(long ownerId, Limit limit);

    /** The application's own newest jobs nobody cleared, newest first. */
    @Query("select j from ImportJob j where j.cleared = false and j.ownerId is null order by j.id desc")
    List<ImportJob> findRecentOfTheApplication(Limit limit);
}
