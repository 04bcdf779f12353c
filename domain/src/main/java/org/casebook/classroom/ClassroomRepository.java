package org.casebook.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClassroomRepository extends JpaRepository<Classroom, Long> {
    Optional<Classroom> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    List<Classroom> findByTeacherIdOrderByName(long teacherId);

    @Query("select c from Classroom c where exists (select 1 from Member m where m.classroom = c"
            + " and m.accountId = :accountId) order by c.name")
    List<Classroom> findAttendedBy(long accountId);
}
