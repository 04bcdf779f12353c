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
    private final ImportStatus status = new ImportStatus(this::clearFinished);
    final ProgressBar progress = status.progress;
    final Span progressLabel = status.progressLabel;
    final Div results = status.results;
    final Button clearResults = status.clearResults;
    private final LibraryImport imports;
    private final Runnable started;
    final Upload folderUpload;
    /** Filled by the upload handler (not necessarily on the UI thread), drained when all files are up. */
    private final List<ImportRequest.File> uploaded = new CopyOnWriteArrayList<>();

    /** {@code started} runs (on the UI thread) whenever a batch starts, so the view can begin polling. */
    ImportDialog(LibraryImport imports, Runnable started) {
        this.imports = imports;
        this.started = started;
        setHeaderTitle("Import articles");
        addClassName("cb-import-dialog");
        setWidth("min(52rem, 96vw)");

        upload = upload();
        upload.setDropAllowed(true);
        upload.addFileRejectedListener(e -> status.refused(e.getFileName(), e.getErrorMessage()));
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

        for (Div section : List.of(files, paste, web)) {
            section.addClassName("cb-import-section");
        }
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
        var folder = upload();
        folder.setUploadButton(new Button("Choose a folder…"));
        folder.setDropLabel(new Span("or drop a folder here"));
        folder.addFileRejectedListener(e -> {
            if (!e.getFileName().startsWith(".")) { // hidden files (.DS_Store and the like) are skipped quietly
                status.refused(e.getFileName(), e.getErrorMessage());
            }
        });
        folder.addClassNames("cb-import-upload", "cb-import-folder");
        folder.getElement().executeJs(PICK_FOLDERS);
        return folder;
    }

    /** An upload of the kinds of file the library reads, each batch imported once all its files are up. */
    private Upload upload() {
        var upload = new Upload(UploadHandler.inMemory(
                (meta, bytes) -> uploaded.add(new ImportRequest.File(meta.fileName(), bytes))));
        upload.setAcceptedFileTypes(ACCEPTED.split(","));
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.addAllFinishedListener(e -> {
            var files = new ArrayList<>(uploaded);
            uploaded.removeAll(files);
            importFiles(files);
            upload.clearFileList();
        });
        return upload;
    }

    /** Forgets the finished batches (running ones stay) and the refused files. */
    private void clearFinished() {
        imports.clearFinished();
        status.clear();
        update();
    }

    /** One line on the library page about the recent imports, or empty when there are none. */
    String headline() {
        return status.headline();
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

    /** Shows the progress of the recent jobs, as stored. */
    void update() {
        List<ImportProgress.Item> items = new ArrayList<>();
        boolean finished = true;
        for (ImportProgress job : imports.recent()) {
            items.addAll(job.items());
            finished &= job.finished();
        }
        if (!items.isEmpty()) {
            status.show(items, finished);
        }
    }
}
