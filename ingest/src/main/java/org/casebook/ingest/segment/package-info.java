/** Splits an article's blocks into sentences with exact offsets, robust to abbreviations, initials and quotations. */
@NullMarked
package org.casebook.ingest.segment;

import org.jspecify.annotations.NullMarked;
