package org.casebook.brief;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {
    List<Comment> findByBriefIdOrderByCreatedAtAscIdAsc(long briefId);
}
