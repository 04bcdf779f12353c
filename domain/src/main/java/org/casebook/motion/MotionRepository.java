package org.casebook.motion;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MotionRepository extends JpaRepository<Motion, Long> {
    List<Motion> findByArchivedFalseOrderByIdAsc();

    List<Motion> findAllByOrderByIdAsc();

    Optional<Motion> findFirstByTextOrderByIdAsc(String text);
}
