/** Groups units that say the same thing across articles under a short label. */
@NullMarked
package org.casebook.ingest.keypoint;

import org.jspecify.annotations.NullMarked;
