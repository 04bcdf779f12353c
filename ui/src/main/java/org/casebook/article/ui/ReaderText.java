package org.casebook.article.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.casebook.article.ArticleDetails;
import org.casebook.article.Side;
import org.casebook.article.UnitDetails;
import org.jspecify.annotations.Nullable;

/**
 * An article's text with its units highlighted (role and stance by colour and a written label, speaker on hover).
 * Every run of text carries its offset into the body ({@code data-start}), so a selection made in the browser is
 * reported as exact offsets [start, end) of the body to the listener. Imported text goes only into text nodes.
 */
class ReaderText extends Section {
    static final String SELECTION_EVENT = "cb-selection";
    /**
     * Reports the current selection inside this element as body offsets: a boundary inside a text run counts from
     * that run's offset; one elsewhere (a label, a paragraph's edge) moves to the nearest run after it. Collapsed
     * selections are not reported, so pressing a button does not lose what was selected.
     */
    private static final String TRACK_SELECTION = """
            const root = this;
            const runs = () => Array.from(root.querySelectorAll('[data-start]'));
            const endOf = r => Number(r.dataset.start) + r.textContent.length;
            const pos = (node, offset) => {
              const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
              if (node.nodeType === Node.TEXT_NODE && el.dataset.start !== undefined) {
                return Number(el.dataset.start) + offset;
              }
              let probe = node.nodeType === Node.TEXT_NODE ? el : node.childNodes[offset];
              const all = runs();
              if (!probe) {
                const inside = Array.from(node.querySelectorAll('[data-start]'));
                const last = inside.length ? inside[inside.length - 1] : null;
                if (last) return endOf(last);
                probe = node;
              }
              for (const r of all) {
                if (r === probe || probe.contains(r) || (probe.compareDocumentPosition(r) & Node.DOCUMENT_POSITION_FOLLOWING)) {
                  return Number(r.dataset.start);
                }
              }
              return all.length ? endOf(all[all.length - 1]) : 0;
            };
            const report = () => {
              if (!root.isConnected) {
                document.removeEventListener('selectionchange', root.__cbListener);
                return;
              }
              const sel = window.getSelection();
              if (!sel || !sel.rangeCount || sel.isCollapsed) return;
              const r = sel.getRangeAt(0);
              if (!root.contains(r.commonAncestorContainer)) return;
              const start = pos(r.startContainer, r.startOffset);
              const end = pos(r.endContainer, r.endOffset);
              if (end > start && root.__cbLast !== start + ':' + end) {
                root.__cbLast = start + ':' + end;
                root.dispatchEvent(new CustomEvent('cb-selection', {detail: {start, end}}));
              }
            };
            if (root.__cbListener) document.removeEventListener('selectionchange', root.__cbListener);
            root.__cbListener = () => { clearTimeout(root.__cbTimer); root.__cbTimer = setTimeout(report, 120); };
            document.addEventListener('selectionchange', root.__cbListener);
            """;

    private final Map<Long, Span> unitSpans = new HashMap<>();

    /** {@code selected} receives (start, end) whenever the person selects words in the text. */
    ReaderText(ArticleDetails article, @Nullable Long motionId, BiConsumer<Integer, Integer> selected) {
        addClassName("cb-text");
        getElement().setAttribute("aria-label", "Article text: select words to make a new unit");
        for (List<TextPieces.Piece> paragraph : TextPieces.of(article.body(), article.units())) {
            var p = new Paragraph();
            for (TextPieces.Piece piece : paragraph) {
                p.add(piece.unit() == null ? run(piece) : unitSpan(piece, motionId));
            }
            add(p);
        }
        getElement().addEventListener(SELECTION_EVENT, e -> selected.accept(
                (int) e.getEventData().get("event.detail.start").asDouble(),
                (int) e.getEventData().get("event.detail.end").asDouble()))
                .addEventData("event.detail.start").addEventData("event.detail.end");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(TRACK_SELECTION);
    }

    /** The highlighted span where a unit begins, to scroll to; null when it is not highlighted. */
    @Nullable Span spanOf(long unitId) {
        return unitSpans.get(unitId);
    }

    private static Span run(TextPieces.Piece piece) {
        var span = new Span(piece.text());
        span.getElement().setAttribute("data-start", String.valueOf(piece.start()));
        return span;
    }

    private Span unitSpan(TextPieces.Piece piece, @Nullable Long motionId) {
        UnitDetails unit = piece.unit();
        Side side = UnitLabels.side(unit, motionId);
        var span = new Span();
        span.addClassNames(UnitLabels.classNames(unit, side));
        span.getElement().setAttribute("title", UnitLabels.tooltip(unit, side));
        span.getElement().setAttribute("data-unit", String.valueOf(unit.id()));
        if (piece.first()) {
            var label = new Span(UnitLabels.label(unit, side));
            label.addClassName("cb-unit-label");
            label.getElement().setAttribute("aria-hidden", "true"); // the list beside the text says the same
            span.add(label);
            unitSpans.put(unit.id(), span);
        }
        span.add(run(piece));
        return span;
    }
}
