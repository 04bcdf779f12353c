/**
 * Language resources shared by the stages: valence, closed word classes, tokens and stems, numbers that measure
 * ({@link Statistics}) and questions that argue ({@link Rhetoric}).
 */
@NullMarked
package org.casebook.ingest.lexicon;

import org.jspecify.annotations.NullMarked;
