/**
 * The library of articles: imported sources (raw bytes, content hash, metadata), the clean text the pipeline
 * analysed, its argument units with their embeddings and speakers, each unit's stance per motion and the counter
 * links between units. Public only through {@link org.casebook.article.ArticleIngestion} (writes) and
 * {@link org.casebook.article.ArticleService} (reads) and their records; entities and repositories stay inside.
 */
@NullMarked
package org.casebook.article;

import org.jspecify.annotations.NullMarked;
