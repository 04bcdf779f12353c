/** The Casebook application's entry point. */
@NullMarked
package org.casebook;

import org.jspecify.annotations.NullMarked;
