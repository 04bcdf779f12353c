package org.casebook.article;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleUnitRepository extends JpaRepository<ArticleUnit, Long> {
    @Query("select u from ArticleUnit u join fetch u.article a join fetch a.source where u.id = :id")
    Optional<ArticleUnit> findWithArticle(long id);
}
