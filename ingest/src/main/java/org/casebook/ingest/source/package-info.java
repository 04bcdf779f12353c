/**
 * Reading sources: turns the bytes of a saved article (plain text, Markdown, HTML, PDF or DOCX) or a URL into an
 * {@link org.casebook.ingest.model.ArticleText} with clean prose, typed blocks and the metadata the source states.
 * The format is detected from the content, never trusted from a file name. Input that cannot be read honestly
 * (empty, binary, encrypted, scanned, not English, too large) is refused with an
 * {@link org.casebook.ingest.source.UnreadableInputException} instead of being mined for text. Only
 * {@link org.casebook.ingest.source.ArticleReader}, {@link org.casebook.ingest.source.UrlFetcher} and their
 * records are public; the per-format readers are package-private.
 */
@NullMarked
package org.casebook.ingest.source;

import org.jspecify.annotations.NullMarked;
