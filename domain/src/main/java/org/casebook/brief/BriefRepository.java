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
}
