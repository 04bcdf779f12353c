/** Reads a motion's target and direction and gives each unit its stance towards it. */
@NullMarked
package org.casebook.ingest.stance;

import org.jspecify.annotations.NullMarked;
