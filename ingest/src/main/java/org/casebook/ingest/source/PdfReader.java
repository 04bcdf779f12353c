package org.casebook.ingest.source;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.casebook.ingest.model.ArticleMetadata;
import org.jspecify.annotations.Nullable;

/**
 * Reads a text PDF with PDFBox: positioned lines from {@link PdfLineCollector}, running headers, footers and page
 * numbers removed by {@link PdfFurniture}, each page put in reading order by {@link PdfColumns} (two-column
 * layouts read left column, then right) and lines joined into blocks by {@link PdfParagraphs}.
 * <p>Metadata: the document information's Title and Author as given (a Title that is only a file name, such as
 * "Microsoft Word - draft.docx", is ignored). The published date is left null: the information's CreationDate
 * records when the file was made, which for a saved or printed article is not when it was published. A dateline
 * in the text can still fill it.
 * <p>Refuses PDFs that need a password or forbid copying text ("is encrypted"), damaged ones, and ones without
 * a text layer ("has no text layer (scanned images?)"). Thread-safe: each call uses its own collector.
 */
final class PdfReader {
    private static final Pattern FILE_NAME_TITLE =
            Pattern.compile("(?i)^(?:microsoft \\w+ - .*|untitled.*|.*\\.(?:docx?|pdf|rtf|odt|indd|tex|txt|html?))$");

    private final PdfFurniture furniture = new PdfFurniture();
    private final PdfColumns columns = new PdfColumns();
    private final PdfParagraphs paragraphs = new PdfParagraphs();

    Extract read(byte[] content, String location) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableInputException(location, "is encrypted (copying its text is not permitted)");
            }
            if (document.getNumberOfPages() == 0) {
                throw new UnreadableInputException(location, "is a damaged PDF (it has no pages)");
            }
            List<PdfPage> pages = new PdfLineCollector().collect(document);
            if (pages.stream().allMatch(page -> page.lines().isEmpty())) {
                throw new UnreadableInputException(location, Format.PDF.emptyReason());
            }
            List<PdfPage> ordered = furniture.remove(pages).stream().map(columns::order).toList();
            return new Extract(paragraphs.join(ordered), metadata(document.getDocumentInformation()));
        } catch (InvalidPasswordException encrypted) {
            throw new UnreadableInputException(location, "is encrypted (it needs a password)", encrypted);
        } catch (IOException | RuntimeException damaged) {
            if (damaged instanceof UnreadableInputException unreadable) {
                throw unreadable;
            }
            throw new UnreadableInputException(location, "is a damaged PDF (" + damaged.getMessage() + ")", damaged);
        }
    }

    private static ArticleMetadata metadata(PDDocumentInformation information) {
        return new ArticleMetadata(title(information.getTitle()), information.getAuthor(), null, null);
    }

    private static @Nullable String title(@Nullable String title) {
        return title == null || FILE_NAME_TITLE.matcher(title.strip()).matches() ? null : title;
    }
}
