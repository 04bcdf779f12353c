package org.casebook.article;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UnitStanceRepository extends JpaRepository<UnitStance, Long> {
    @Query("select st from UnitStance st join fetch st.unit u where u.article.id = :articleId order by st.motionId")
    List<UnitStance> findByArticle(long articleId);
}
