package org.casebook.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.casebook.ingest.model.ArticleText;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {
    private static final String ENGLISH = Prose.paragraph(0, 4);

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void detectsAPdfByItsSignatureWhateverItIsCalled() throws Exception {
        try (var pdf = new PdfSketch().page()) {
            pdf.paragraph(72, 100, 468, 11, ENGLISH);

            ArticleText article = Articles.READER.read(pdf.bytes(), "notes.txt");

            assertThat(article.body()).isEqualTo(ENGLISH);
        }
    }

    @Test
    void detectsADocxByItsDocumentPartWhateverItIsCalled() throws Exception {
        try (var docx = new DocxSketch().paragraph(null, ENGLISH)) {
            assertThat(Articles.READER.read(docx.bytes(), "download.bin").body()).isEqualTo(ENGLISH);
        }
    }

    @Test
    void keepsTheLocationItWasGiven() {
        assertThat(Articles.read(ENGLISH, "uploads/charge.txt").location()).isEqualTo("uploads/charge.txt");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> Articles.READER.read(new byte[0], "empty.txt"))
                .isInstanceOf(UnreadableInputException.class).hasMessage("empty.txt is empty");
    }

    @Test
    void refusesAFileOfOnlyWhiteSpace() {
        assertThatThrownBy(() -> Articles.read(" \n\t\n ", "blank.txt"))
                .isInstanceOf(UnreadableInputException.class).hasMessage("blank.txt has no text");
    }

    @Test
    void refusesBinaryGarbage() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);

        assertThatThrownBy(() -> Articles.READER.read(garbage, "mystery.txt"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("mystery.txt looks like binary data, not text");
    }

    @Test
    void refusesAnImage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

        assertThatThrownBy(() -> Articles.READER.read(png, "scan.png"))
                .isInstanceOf(UnreadableInputException.class).hasMessage("scan.png is an image, not a document");
    }

    @Test
    void refusesAZipThatIsNotAWordDocument() throws Exception {
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write(utf8(ENGLISH));
        }

        assertThatThrownBy(() -> Articles.READER.read(zip.toByteArray(), "archive.docx"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessage("archive.docx is a ZIP archive, not a Word (.docx) document");
    }

    @Test
    void refusesInputOverTheSizeLimit() {
        var reader = new ArticleReader(ReaderSettings.defaults().withMaxBytes(1024));

        assertThatThrownBy(() -> reader.read(utf8(Prose.paragraph(1, 20)), "long.txt"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("long.txt is too large (")
                .hasMessageEndingWith("the limit is 1 KB)");
    }

    @Test
    void refusesTextThatIsNotEnglish() {
        String french = "Le gouvernement a annoncé hier une nouvelle politique du logement qui vise à construire des "
                + "milliers de maisons dans les régions rurales. Les critiques affirment que le projet coûtera trop "
                + "cher et que les fonds seront mal utilisés par les administrations locales, tandis que ses "
                + "partisans estiment qu'il répondra enfin à une demande ancienne des familles.";

        assertThatThrownBy(() -> Articles.read(french, "article.txt"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("looks like it is not English");
    }

    @Test
    void refusesTextInANonLatinScript() {
        String greek = "Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να μελετήσει ένα τέλος για τα αυτοκίνητα που "
                + "εισέρχονται στην παλιά πόλη κατά τη διάρκεια της ημέρας, ενώ οι έμποροι ανησυχούν για τις "
                + "συνέπειες στην αγορά και οι κάτοικοι ζητούν περισσότερα λεωφορεία.";

        assertThatThrownBy(() -> Articles.read(greek, "article.txt"))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("looks like it is not English");
    }

    @Test
    void servesConcurrentReadsWithOneInstance() throws Exception {
        try (var pool = Executors.newFixedThreadPool(4)) {
            var results = new ArrayList<Future<String>>();
            for (int i = 0; i < 16; i++) {
                String text = Prose.paragraph(i, 3);
                results.add(pool.submit(() -> Articles.read(text, "t.txt").body()));
            }
            for (int i = 0; i < 16; i++) {
                assertThat(results.get(i).get()).isEqualTo(Prose.paragraph(i, 3));
            }
        }
    }
}
