/**
 * Casebook's argument-mining engine, plain Java: {@link org.casebook.ingest.IngestPipeline} turns an
 * {@link org.casebook.ingest.model.ArticleText} into an {@link org.casebook.ingest.model.Analysis} (sentences,
 * claims and evidence with speakers, stances towards motions, counter pairs) and finds rebuttals and key points
 * across a library. {@link org.casebook.ingest.source.ArticleReader} reads files and URLs into article text.
 * Everything outside this module uses only this package and {@code model}.
 */
@NullMarked
package org.casebook.ingest;

import org.jspecify.annotations.NullMarked;
