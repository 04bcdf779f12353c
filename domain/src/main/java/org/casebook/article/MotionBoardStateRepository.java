package org.casebook.article;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MotionBoardStateRepository extends JpaRepository<MotionBoardState, Long> {
    @Modifying
    @Query(value = """
            insert into motion_boards (motion_id, library_state, refreshed_at, version)
            values (:motionId, '', now(), 0) on conflict do nothing
            """, nativeQuery = true)
    void createIfAbsent(long motionId);

    /** Locked until the transaction ends, so two boards opened at once do not both recompute. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from MotionBoardState b where b.motionId = :motionId")
    Optional<MotionBoardState> findForUpdate(long motionId);

    /** Every board is computed again when next opened (an article was analysed again). */
    @Modifying(flushAutomatically = true)
    @Query("update MotionBoardState b set b.libraryState = ''")
    void markAllStale();
}
