/**
 * The pipeline's public records: the text of an article, spans into it, and what the pipeline found in it (units,
 * speakers, stances, counter pairs, key points). Immutable and self-validating; every offset is a half-open range
 * into {@link org.casebook.ingest.model.ArticleText#body()}.
 */
@NullMarked
package org.casebook.ingest.model;

import org.jspecify.annotations.NullMarked;
