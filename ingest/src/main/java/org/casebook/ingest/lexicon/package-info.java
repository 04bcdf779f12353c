/** Word-level language resources shared by the stages: valence, closed word classes, tokens and stems. */
@NullMarked
package org.casebook.ingest.lexicon;

import org.jspecify.annotations.NullMarked;
