/** Reads files and URLs (text, Markdown, HTML, PDF, DOCX) into clean article text with metadata and blocks. */
@NullMarked
package org.casebook.ingest.source;

import org.jspecify.annotations.NullMarked;
