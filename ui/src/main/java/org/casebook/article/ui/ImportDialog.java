package org.casebook.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.casebook.article.ImportProgress;
import org.casebook.article.ImportRequest;
import org.casebook.article.LibraryImport;

/**
 * Brings articles into the library: files (several at once, dropped or chosen; a .zip is unpacked), pasted text,
 * or a web address. Each batch runs in the background as a job stored in the database ({@link LibraryImport}); this
 * dialog only shows the recent jobs as stored, with one line per file: imported (with a link), already in the
 * library, or failed with the reason. The library view polls while anything runs and calls {@link #update()}.
 * Since the jobs are stored, leaving the library page, a new session or a restart loses none of them; a job the
 * application was running when it stopped carries on when it starts again.
 */
class ImportDialog extends Dialog {
    static final String ACCEPTED = ".txt,.md,.markdown,.html,.htm,.pdf,.docx,.zip";
    private static final int MAX_FILE_BYTES = 100 * 1024 * 1024;
    /** Makes the upload's file chooser pick a folder (its input lives in the shadow root, ready after render). */
    private static final String PICK_FOLDERS = """
            const host = this;
            const pick = () => {
              const input = host.$ && host.$.fileInput;
              if (input) { input.webkitdirectory = true; } else { requestAnimationFrame(pick); }
            };
            pick();""";

    final Upload upload;
    final TextField pasteTitle = new TextField("Title (optional)");
    final TextArea pasteText = new TextArea("Text");
    final Button importText = new Button("Import text");
    final TextField url = new TextField("Web address");
    final Button importUrl = new Button("Import from the web");
    final ProgressBar progress = new ProgressBar();
    final Span progressLabel = new Span();
    final Div results = new Div();
    private final Div status;
    private final LibraryImport imports;
    private final Runnable started;
    final Upload folderUpload;
    final Button clearResults = new Button("Clear the list");
    /** Filled by the upload handler (not necessarily on the UI thread), drained when all files are up. */
    private final List<ImportRequest.File> uploaded = new CopyOnWriteArrayList<>();

    /** {@code started} runs (on the UI thread) whenever a batch starts, so the view can begin polling. */
    ImportDialog(LibraryImport imports, Runnable started) {
        this.imports = imports;
        this.started = started;
        setHeaderTitle("Import articles");
        addClassName("cb-import-dialog");
        setWidth("min(52rem, 96vw)");

        upload = new Upload(UploadHandler.inMemory(
                (meta, bytes) -> uploaded.add(new ImportRequest.File(meta.fileName(), bytes))));
        upload.setAcceptedFileTypes(ACCEPTED.split(","));
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setDropAllowed(true);
        upload.addAllFinishedListener(e -> {
            var files = new ArrayList<>(uploaded);
            uploaded.removeAll(files);
            importFiles(files);
            upload.clearFileList();
        });
        upload.addFileRejectedListener(e -> rejected(e.getFileName(), e.getErrorMessage()));
        upload.addClassName("cb-import-upload");
        folderUpload = folderUpload();
        var files = new Div(new H3("Files"), new Paragraph("Drop files or folders here, or choose them: txt, md, "
                + "html, pdf, docx, or a .zip of such files (folders inside are fine). Several at once is fine."),
                upload, folderUpload);

        pasteText.setWidthFull();
        pasteText.setMinHeight("8rem");
        pasteText.setPlaceholder("Paste an article's text here");
        pasteTitle.setWidthFull();
        importText.addClickListener(e -> importPasted());
        var paste = new Div(new H3("Paste text"), pasteTitle, pasteText, importText);

        url.setWidthFull();
        url.setPlaceholder("https://…");
        url.setClearButtonVisible(true);
        importUrl.addClickListener(e -> importUrl());
        var web = new Div(new H3("From the web"), url, importUrl);

        progress.setVisible(false);
        progressLabel.addClassName("cb-import-progress-label");
        progress.setId("cb-import-progress");
        progressLabel.setId("cb-import-progress-label");
        results.addClassName("cb-import-results");
        clearResults.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        clearResults.addClickListener(e -> clearFinished());
        results.getElement().setAttribute("aria-live", "polite");
        var recent = new H3("Recent imports");
        var head = new Div(recent, progressLabel, clearResults);
        head.addClassName("cb-import-status-head");
        var status = new Div(head, progress, results);
        status.addClassName("cb-import-status");

        for (Div section : List.of(files, paste, web)) {
            section.addClassName("cb-import-section");
        }
        status.setVisible(false);
        this.status = status;
        add(status, files, paste, web); // progress first: visible without scrolling while the batch runs
        var close = new Button("Close", e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(close);
        update(); // jobs started earlier, also before the library page was left or the application restarted
    }

    /**
     * A second upload whose file chooser picks a folder (every file in it and in its subfolders; the browser asks
     * to confirm). The free Upload has no such setting, so its hidden file input is given {@code webkitdirectory},
     * which Chromium, Firefox, Safari and Edge support. Dropping folders works on both uploads.
     */
    private Upload folderUpload() {
        var folder = new Upload(UploadHandler.inMemory(
                (meta, bytes) -> uploaded.add(new ImportRequest.File(meta.fileName(), bytes))));
        folder.setAcceptedFileTypes(ACCEPTED.split(","));
        folder.setMaxFileSize(MAX_FILE_BYTES);
        folder.setUploadButton(new Button("Choose a folder…"));
        folder.setDropLabel(new Span("or drop a folder here"));
        folder.addAllFinishedListener(e -> {
            var files = new ArrayList<>(uploaded);
            uploaded.removeAll(files);
            importFiles(files);
            folder.clearFileList();
        });
        folder.addFileRejectedListener(e -> {
            if (!e.getFileName().startsWith(".")) { // hidden files (.DS_Store and the like) are skipped quietly
                rejected(e.getFileName(), e.getErrorMessage());
            }
        });
        folder.addClassNames("cb-import-upload", "cb-import-folder");
        folder.getElement().executeJs(PICK_FOLDERS);
        return folder;
    }

    /** Forgets the finished batches (running ones stay) and the refused files. */
    private void clearFinished() {
        imports.clearFinished();
        results.removeAll();
        progressLabel.setText("");
        progress.setVisible(false);
        status.setVisible(false);
        update();
    }

    /** One line on the library page about the recent imports, or empty when there are none. */
    String headline() {
        return status.isVisible() ? progressLabel.getText() : "";
    }

    /** True while a batch is still running. */
    boolean running() {
        return imports.recent().stream().anyMatch(j -> !j.finished());
    }

    void importFiles(List<ImportRequest.File> files) {
        if (!files.isEmpty()) {
            start(new ArrayList<>(files));
        }
    }

    private void importPasted() {
        if (pasteText.getValue().isBlank()) {
            pasteText.setInvalid(true);
            pasteText.setErrorMessage("Paste some text first");
            return;
        }
        pasteText.setInvalid(false);
        start(List.of(new ImportRequest.Text(pasteTitle.getValue(), pasteText.getValue())));
        pasteTitle.clear();
        pasteText.clear();
    }

    private void importUrl() {
        String address = url.getValue().strip();
        if (!address.matches("(?i)https?://\\S+")) {
            url.setInvalid(true);
            url.setErrorMessage("Give a web address starting with http:// or https://");
            return;
        }
        url.setInvalid(false);
        start(List.of(new ImportRequest.Url(address)));
        url.clear();
    }

    private void start(List<ImportRequest> requests) {
        imports.start(requests);
        started.run();
        update();
    }

    private void rejected(String file, String reason) {
        status.setVisible(true);
        results.add(ImportLines.refused(file, reason));
    }

    /** Shows the progress of the recent jobs, as stored. */
    void update() {
        List<ImportProgress.Item> items = new ArrayList<>();
        boolean finished = true;
        for (ImportProgress job : imports.recent()) {
            items.addAll(job.items());
            finished &= job.finished();
        }
        if (items.isEmpty()) {
            return;
        }
        long done = items.stream().filter(i -> i.state() == ImportProgress.State.DONE).count();
        status.setVisible(true);
        progress.setVisible(true);
        progress.setValue(finished ? 1 : (double) done / items.size());
        progressLabel.setText(finished ? ImportLines.summary(items) : "Importing… " + done + " of " + items.size() + " done");
        results.getChildren().filter(c -> c.hasClassName("cb-import-item")).toList().forEach(results::remove);
        for (ImportProgress.Item item : items) {
            results.add(ImportLines.line(item));
        }
    }
}
