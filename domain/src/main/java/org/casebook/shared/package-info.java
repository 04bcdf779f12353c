/** Small cross-feature infrastructure of the domain module (the clock); no feature logic lives here. */
@NullMarked
package org.casebook.shared;

import org.jspecify.annotations.NullMarked;
