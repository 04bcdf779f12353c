/** Finds who speaks each sentence: quoted speakers, reported speech and outlets; the author's voice has none. */
@NullMarked
package org.casebook.ingest.speaker;

import org.jspecify.annotations.NullMarked;
