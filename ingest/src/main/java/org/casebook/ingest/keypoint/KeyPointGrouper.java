package org.casebook.ingest.keypoint;

import java.util.List;
import org.casebook.ingest.model.KeyPoint;
import org.casebook.ingest.model.MinedUnit;

/** Groups units that say the same thing. Thread-safe. */
public final class KeyPointGrouper {
    public List<KeyPoint> group(List<MinedUnit> library) {
        return List.of();
    }
}
