package org.casebook.ingest.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Decides whether plain text is hard-wrapped. Hard wrapping at a width W makes every line of a paragraph but the
 * last between about W minus one word and W characters long. So the text counts as hard-wrapped when it has at
 * least {@value #MIN_LINES} such non-final lines, when their 90th-percentile length is at most
 * {@value #MAX_WIDTH} characters, their 10th percentile at least {@value #MIN_WIDTH}, and the two within a ratio
 * of {@value #MIN_SPREAD}. Text with one paragraph per line (however long) fails the first or second test.
 * Thread-safe.
 */
final class WrapDetector {
    static final int MIN_LINES = 2;
    static final int MIN_WIDTH = 30;
    static final int MAX_WIDTH = 100;
    static final double MIN_SPREAD = 0.6;

    /** The wrap width (the 90th-percentile line length) when the text is hard-wrapped, else 0. */
    int wrapWidth(List<List<String>> chunks) {
        var lengths = new ArrayList<Integer>();
        for (List<String> chunk : chunks) {
            for (int i = 0; i < chunk.size() - 1; i++) {
                lengths.add(chunk.get(i).length());
            }
        }
        if (lengths.size() < MIN_LINES) {
            return 0;
        }
        Collections.sort(lengths);
        int low = lengths.get(lengths.size() / 10);
        int high = lengths.get(lengths.size() * 9 / 10);
        boolean wrapped = high <= MAX_WIDTH && low >= MIN_WIDTH && low >= high * MIN_SPREAD;
        return wrapped ? high : 0;
    }
}
