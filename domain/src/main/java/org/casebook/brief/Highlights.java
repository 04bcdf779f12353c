package org.casebook.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Arithmetic on a card's highlights, kept in normal form: sorted, inside the text, neither overlapping nor touching
 * (touching ranges are merged). Plain functions; thread-safe.
 */
public final class Highlights {
    private Highlights() {}

    /** {@code ranges} clipped to a text of {@code length} characters, sorted and merged. */
    public static List<Highlight> normalise(List<Highlight> ranges, int length) {
        List<Highlight> sorted = ranges.stream()
                .filter(r -> r.start() < length)
                .map(r -> new Highlight(r.start(), Math.min(r.end(), length)))
                .sorted(Comparator.comparingInt(Highlight::start))
                .toList();
        List<Highlight> merged = new ArrayList<>();
        for (Highlight r : sorted) {
            if (!merged.isEmpty() && merged.getLast().end() >= r.start()) {
                Highlight last = merged.removeLast();
                merged.add(new Highlight(last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return List.copyOf(merged);
    }

    /** A stretch of a card's evidence: read aloud (highlighted) or not. */
    public record Piece(String text, boolean read) {}

    /** {@code text} cut at its highlights, in order, read and unread; empty pieces are left out. */
    public static List<Piece> pieces(String text, List<Highlight> ranges) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Highlight h : normalise(ranges, text.length())) {
            if (h.start() > at) {
                pieces.add(new Piece(text.substring(at, h.start()), false));
            }
            pieces.add(new Piece(text.substring(h.start(), h.end()), true));
            at = h.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), false));
        }
        return pieces;
    }

    /** {@code ranges} with {@code added} highlighted too. */
    public static List<Highlight> add(List<Highlight> ranges, Highlight added, int length) {
        List<Highlight> all = new ArrayList<>(ranges);
        all.add(added);
        return normalise(all, length);
    }

    /** {@code ranges} with nothing highlighted inside {@code cleared}. */
    public static List<Highlight> clear(List<Highlight> ranges, Highlight cleared, int length) {
        List<Highlight> kept = new ArrayList<>();
        for (Highlight r : normalise(ranges, length)) {
            if (r.end() <= cleared.start() || r.start() >= cleared.end()) {
                kept.add(r);
                continue;
            }
            if (r.start() < cleared.start()) {
                kept.add(new Highlight(r.start(), cleared.start()));
            }
            if (r.end() > cleared.end()) {
                kept.add(new Highlight(cleared.end(), r.end()));
            }
        }
        return List.copyOf(kept);
    }

    static int[] flatten(List<Highlight> ranges) {
        int[] flat = new int[ranges.size() * 2];
        for (int i = 0; i < ranges.size(); i++) {
            flat[2 * i] = ranges.get(i).start();
            flat[2 * i + 1] = ranges.get(i).end();
        }
        return flat;
    }

    static List<Highlight> unflatten(int[] flat) {
        List<Highlight> ranges = new ArrayList<>();
        for (int i = 0; i + 1 < flat.length; i += 2) {
            ranges.add(new Highlight(flat[i], flat[i + 1]));
        }
        return List.copyOf(ranges);
    }
}
