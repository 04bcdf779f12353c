package org.casebook.brief.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.casebook.brief.BriefDocument;
import org.casebook.brief.export.BriefExporter;
import org.casebook.brief.export.ExportFormat;

/** The editor's export buttons: each a link that renders the brief as it is shown when it is clicked. */
final class BriefDownloads {
    private BriefDownloads() {}

    static Anchor link(Button button, BriefExporter exporter, ExportFormat format, Supplier<BriefDocument> brief) {
        DownloadHandler export = DownloadHandler.fromInputStream(event -> {
            BriefDocument shown = brief.get();
            byte[] bytes = exporter.export(shown, format);
            return new DownloadResponse(new ByteArrayInputStream(bytes), format.fileName(shown),
                    format.contentType(), bytes.length);
        });
        var link = new Anchor(export, AttachmentType.DOWNLOAD, "");
        button.getElement().setAttribute("tabindex", "-1"); // the link is the one keyboard stop
        link.getElement().setAttribute("aria-label", button.getText());
        link.add(button);
        return link;
    }
}
