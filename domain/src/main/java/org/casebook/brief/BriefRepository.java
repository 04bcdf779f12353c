package org.casebook.brief;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BriefRepository extends JpaRepository<Brief, Long> {
    /**
     * The brief, its row locked until the transaction ends: a second writer waits, then sees the first one's
     * version, so the version check never races.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Brief b where b.id = :id")
    Optional<Brief> findForUpdate(long id);

    @Query("select distinct b from Brief b left join fetch b.entries where b.id = :id")
    Optional<Brief> findWithEntries(long id);

    @Query("select distinct b from Brief b left join fetch b.entries order by b.updatedAt desc, b.id desc")
    List<Brief> findAllWithEntries();

    @Query("select distinct b from Brief b left join fetch b.entries where b.id in :ids"
            + " order by b.updatedAt desc, b.id desc")
    List<Brief> findAllWithEntries(java.util.Collection<Long> ids);

    java.util.Optional<Brief> findByAssignmentId(long assignmentId);

    /** Gives the briefs nobody owns (the sample brief) to {@code ownerId}. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update Brief b set b.ownerId = :ownerId where b.ownerId is null")
    int adoptUnowned(long ownerId);
}
