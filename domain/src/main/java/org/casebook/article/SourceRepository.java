package org.casebook.article;

import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;

interface SourceRepository extends JpaRepository<Source, Long> {
    boolean existsByContentHash(String contentHash);

    long countByContentHashNotIn(Collection<String> contentHashes);
}
