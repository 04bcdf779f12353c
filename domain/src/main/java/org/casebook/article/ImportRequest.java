package org.casebook.article;

import java.util.Objects;

/** One thing a person asked to import: a file (a .zip is unpacked), pasted text, or a web address. */
public sealed interface ImportRequest {
    /** What the request is called in the progress list. */
    String label();

    /** An uploaded file's name and bytes; a name ending in {@code .zip} is unpacked and each file imported. */
    record File(String name, byte[] content) implements ImportRequest {
        public File {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
        }

        @Override
        public String label() {
            return name;
        }
    }

    /** Text pasted by a person, with an optional title (blank for none). */
    record Text(String title, String text) implements ImportRequest {
        public Text {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String label() {
            return title.isBlank() ? "pasted text" : "pasted: " + title.strip();
        }
    }

    /** A web address to fetch. */
    record Url(String url) implements ImportRequest {
        public Url {
            Objects.requireNonNull(url, "url");
        }

        @Override
        public String label() {
            return url.strip();
        }
    }
}
