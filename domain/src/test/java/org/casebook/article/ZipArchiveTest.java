package org.casebook.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.casebook.article.ImportFiles.utf8;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZipArchiveTest {
    private final ZipArchive zips = new ZipArchive(1000, 2500, 5);

    @Test
    void keepsReadableFilesSkipsFoldersAndHiddenFilesAndRefusesPathsThatClimbOut() throws IOException {
        var files = new LinkedHashMap<String, byte[]>();
        files.put("a/", new byte[0]);
        files.put("a/one.TXT", utf8("one"));
        files.put("./two.md", utf8("two"));
        files.put("a/.hidden.txt", utf8("x"));
        files.put("__MACOSX/a/._one.txt", utf8("x"));
        files.put("a/../../etc/passwd.txt", utf8("x"));
        files.put("/abs.txt", utf8("x"));
        files.put("C:\\\\win.txt", utf8("x"));

        var entries = zips.unpack(ImportFiles.zip(files));

        assertThat(entries).extracting(ZipArchive.Entry::name).containsExactly("a/one.TXT", "./two.md",
                "a/../../etc/passwd.txt", "/abs.txt", "C://win.txt");
        assertThat(entries.get(0).content()).isEqualTo(utf8("one"));
        assertThat(entries.subList(2, 5)).allSatisfy(e -> {
            assertThat(e.content()).isNull();
            assertThat(e.problem()).contains("unsafe path");
        });
    }

    @Test
    void reportsUnsupportedTypesAndOversizedFilesAndStopsAtTheTotalCap() throws IOException {
        var entries = zips.unpack(ImportFiles.zip(Map.of("photo.png", utf8("x"))));
        assertThat(entries).singleElement().satisfies(e -> assertThat(e.problem()).contains("not a supported"));

        var big = zips.unpack(ImportFiles.zip(Map.of("big.txt", new byte[1001])));
        assertThat(big).singleElement().satisfies(e -> assertThat(e.problem()).contains("larger than"));

        var many = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i < 3; i++) {
            many.put(i + ".txt", new byte[900]);
        }
        assertThatThrownBy(() -> zips.unpack(ImportFiles.zip(many))).isInstanceOf(IOException.class)
                .hasMessageContaining("unpacks to more than");
    }

    @Test
    void refusesWhatIsNoZipOrHoldsNothingToImport() {
        assertThatThrownBy(() -> zips.unpack(utf8("plain text"))).isInstanceOf(IOException.class)
                .hasMessage("is not a zip archive");
        assertThatThrownBy(() -> zips.unpack(ImportFiles.zip(Map.of("a/.DS_Store", utf8("x")))))
                .isInstanceOf(IOException.class).hasMessageContaining("no files to import");
    }
}
