package org.casebook.classroom;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {
    List<Assignment> findByClassroomIdOrderByDueOnAscIdAsc(long classroomId);

    List<Assignment> findByStudentIdOrTeamIdInOrderByDueOnAscIdAsc(long studentId, Collection<Long> teamIds);
}
