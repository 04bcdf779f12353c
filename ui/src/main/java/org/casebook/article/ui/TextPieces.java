package org.casebook.article.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.casebook.article.UnitDetails;
import org.jspecify.annotations.Nullable;

/**
 * Cuts an article's body into paragraphs (at blank lines) and each paragraph into pieces that are either plain
 * text or part of one unit, so the reader can highlight units. Pieces cover the text exactly, in order. A unit
 * crossing a paragraph break yields a piece in each paragraph; a unit overlapping an earlier one is not
 * highlighted (it still appears in the list). Plain Java, no Vaadin.
 */
final class TextPieces {
    /**
     * A run of text starting at offset {@code start} of the body; {@code unit} is the unit it belongs to, or null;
     * {@code first} marks a unit's first piece.
     */
    record Piece(int start, String text, @Nullable UnitDetails unit, boolean first) {}

    private TextPieces() {}

    static List<List<Piece>> of(String body, List<UnitDetails> units) {
        List<UnitDetails> highlighted = nonOverlapping(units, body.length());
        List<List<Piece>> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= body.length()) {
            int brk = body.indexOf("\n\n", start);
            int end = brk < 0 ? body.length() : brk;
            List<Piece> pieces = pieces(body, start, end, highlighted);
            if (!pieces.isEmpty()) {
                paragraphs.add(pieces);
            }
            if (brk < 0) {
                break;
            }
            start = brk + 2;
        }
        return paragraphs;
    }

    private static List<Piece> pieces(String body, int from, int to, List<UnitDetails> units) {
        List<Piece> pieces = new ArrayList<>();
        int at = from;
        for (UnitDetails unit : units) {
            if (unit.end() <= from || unit.start() >= to) {
                continue;
            }
            int s = Math.max(unit.start(), from);
            int e = Math.min(unit.end(), to);
            if (s > at) {
                pieces.add(new Piece(at, body.substring(at, s), null, false));
            }
            pieces.add(new Piece(s, body.substring(s, e), unit, s == unit.start()));
            at = e;
        }
        if (at < to) {
            pieces.add(new Piece(at, body.substring(at, to), null, false));
        }
        return pieces;
    }

    private static List<UnitDetails> nonOverlapping(List<UnitDetails> units, int length) {
        List<UnitDetails> sorted = units.stream()
                .filter(u -> u.end() <= length)
                .sorted(Comparator.comparingInt(UnitDetails::start))
                .toList();
        List<UnitDetails> kept = new ArrayList<>();
        int end = 0;
        for (UnitDetails unit : sorted) {
            if (unit.start() >= end) {
                kept.add(unit);
                end = unit.end();
            }
        }
        return kept;
    }
}
