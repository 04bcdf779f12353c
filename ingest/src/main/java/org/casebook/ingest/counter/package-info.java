/** Pairs units that rebut each other: marked in the text, or found by meaning and opposite stance. */
@NullMarked
package org.casebook.ingest.counter;

import org.jspecify.annotations.NullMarked;
