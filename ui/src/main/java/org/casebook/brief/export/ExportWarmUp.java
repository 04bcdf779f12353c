package org.casebook.brief.export;

import java.time.Instant;
import java.util.List;
import org.casebook.brief.BriefColumn;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.Cite;
import org.casebook.brief.EntryKind;
import org.casebook.brief.Highlight;
import org.casebook.brief.BriefSide;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Exports a small brief once in the background when the app is ready, so the first person to press "Export PDF"
 * does not wait for the layout engine's classes to load (about two seconds on two cores; later exports of a
 * 100-card brief take a fraction of a second).
 */
@Component
class ExportWarmUp {
    private static final Logger log = LoggerFactory.getLogger(ExportWarmUp.class);
    private final BriefExporter exporter;

    ExportWarmUp(BriefExporter exporter) {
        this.exporter = exporter;
    }

    private static BriefDocument.Entry card(long id, BriefColumn column) {
        return new BriefDocument.Entry(id, column, 0, EntryKind.CARD, "Tag", Cite.none(), "Read this, not that.",
                List.of(new Highlight(0, 9)), null);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofPlatform().daemon().name("export-warm-up").priority(Thread.MIN_PRIORITY).start(() -> {
            var brief = new BriefDocument(0, "Warm-up", null, null, BriefSide.BOTH, 0, Instant.EPOCH, Instant.EPOCH,
                    List.of(card(1, BriefColumn.PRO), card(2, BriefColumn.CON)));
            try {
                for (ExportFormat format : ExportFormat.values()) {
                    exporter.export(brief, format);
                }
            } catch (RuntimeException e) {
                log.warn("Export warm-up failed; the first export will be slower", e);
            }
        });
    }
}
