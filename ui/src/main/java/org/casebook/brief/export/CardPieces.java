package org.casebook.brief.export;

import java.util.ArrayList;
import java.util.List;
import org.casebook.brief.BriefDocument.Entry;
import org.casebook.brief.Highlight;
import org.casebook.brief.Highlights;

/** A card's evidence cut at its highlights for print: the words read aloud and those left unread. Plain functions. */
final class CardPieces {
    private CardPieces() {}

    /** A stretch of a card's evidence: read aloud (highlighted) or not. */
    record Piece(String text, boolean read) {}

    /** The evidence of {@code card} cut at its highlights, in order; empty pieces are left out. */
    static List<Piece> pieces(Entry card) {
        List<Piece> pieces = new ArrayList<>();
        String text = card.text();
        int at = 0;
        for (Highlight h : Highlights.normalise(card.highlights(), text.length())) {
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
}
