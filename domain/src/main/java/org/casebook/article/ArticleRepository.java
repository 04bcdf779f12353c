package org.casebook.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {
    /** One library row: the source's metadata, the text's opening and the number of units (a list projection). */
    record LibraryRow(
            long id,
            @Nullable String title,
            @Nullable String publication,
            @Nullable LocalDate published,
            String location,
            Instant importedAt,
            String opening,
            long unitCount) {}

    @Query("""
            select new org.casebook.article.ArticleRepository$LibraryRow(
                a.id, s.title, s.publication, s.published, s.location, s.importedAt, substring(a.body, 1, 300), count(u))
            from Article a join a.source s left join a.units u
            group by a.id, s.id
            order by s.importedAt, a.id
            """)
    List<LibraryRow> libraryRows();

    @Query("select a from Article a join fetch a.source left join fetch a.units where a.id = :id")
    Optional<Article> findWithUnits(long id);

    @Query("select a.id from Article a where a.source.contentHash = :contentHash")
    Optional<Long> findIdByContentHash(String contentHash);

    @Query("select a.id from Article a order by a.id")
    List<Long> findAllIds();
}
