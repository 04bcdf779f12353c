package org.casebook.ingest.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.ingest.model.ArticleMetadata;
import org.casebook.ingest.model.Block;
import org.jspecify.annotations.Nullable;

/**
 * Finds a byline or dateline among the first blocks of an article: {@code "By Jane Doe"},
 * {@code "By Jane Doe, The Example Times"}, {@code "Jane Doe | The Example Times | March 3, 2019"} or a line that
 * is only a date. What such lines state becomes metadata and the lines leave the body, since they are not prose.
 * A line is taken only when it clearly is a byline (it starts with "By", or it has separated parts one of which is
 * a date or a "By" part); nothing is inferred from ordinary sentences. Thread-safe.
 */
final class BylineReader {
    private static final int LEADING_BLOCKS = 5;
    private static final int MAX_LENGTH = 160;
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
    private static final String NAME = NAME_WORD + "(?:\\s+(?:" + NAME_WORD + "|van|von|de|da|del|der|la|le|bin|al))*";
    private static final Pattern NAMES =
            Pattern.compile(NAME + "(?:(?:,\\s*" + NAME + ")*,?\\s+(?:and|&)\\s+" + NAME + ")?");
    private static final Pattern BY = Pattern.compile("^(?i:by)\\s+(" + NAMES.pattern() + ")(.*)$");
    private static final Pattern SEPARATORS = Pattern.compile("\\s+[|·•—–]\\s+");
    private static final Pattern PUBLICATION = Pattern.compile("(?:[Tt]he\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+\\S+){0,5}");
    private static final Pattern FOR_PUBLICATION = Pattern.compile("^\\s*(?:for|of)\\s+(.+)$");
    private static final Pattern ROLE = Pattern.compile(
            "(?i).*\\b(?:staff|writer|reporter|correspondent|editor|columnist|contributor|special to|senior|chief)\\b.*");

    private final DateParser dates = new DateParser();

    /** The metadata stated by byline lines among the leading blocks, and the blocks without those lines. */
    record Byline(ArticleMetadata metadata, List<RawBlock> remaining) {}

    Byline read(List<RawBlock> blocks) {
        var found = new Parts();
        var remaining = new ArrayList<RawBlock>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            RawBlock block = blocks.get(i);
            boolean candidate = i < LEADING_BLOCKS && block.kind() == Block.Kind.PARAGRAPH
                    && block.text().length() <= MAX_LENGTH;
            Parts parts = candidate ? parse(block.text().strip()) : null;
            if (parts == null) {
                remaining.add(block);
            } else {
                found.fillFrom(parts);
            }
        }
        return new Byline(found.metadata(), remaining);
    }

    /** The author named by a visible byline element's text ("By Jane Doe"), or null. */
    @Nullable String author(String bylineText) {
        Parts parts = parse(bylineText.strip());
        if (parts != null && parts.author != null) {
            return parts.author;
        }
        return NAMES.matcher(bylineText.strip()).matches() ? bylineText.strip() : null;
    }

    private @Nullable Parts parse(String line) {
        LocalDate only = dates.parseDateline(line);
        if (only != null) {
            var parts = new Parts();
            parts.published = only;
            return parts;
        }
        String[] pieces = SEPARATORS.split(line);
        if (pieces.length == 1) {
            return parseBy(line);
        }
        if (pieces.length > 4) {
            return null;
        }
        var parts = new Parts();
        boolean anchored = false;
        for (String piece : pieces) {
            Parts by = parseBy(piece);
            LocalDate date = dates.parseDateline(piece);
            if (by != null) {
                parts.fillFrom(by);
                anchored = true;
            } else if (date != null) {
                parts.published = parts.published != null ? parts.published : date;
                anchored = true;
            } else if (parts.author == null && NAMES.matcher(piece).matches()) {
                parts.author = piece;
            } else if (parts.publication == null && PUBLICATION.matcher(piece).matches()) {
                parts.publication = piece;
            } else {
                return null;
            }
        }
        return anchored ? parts : null;
    }

    private @Nullable Parts parseBy(String text) {
        Matcher by = BY.matcher(text);
        if (!by.matches()) {
            return null;
        }
        var parts = new Parts();
        parts.author = by.group(1).strip();
        String rest = by.group(2).strip();
        Matcher forPublication = FOR_PUBLICATION.matcher(rest);
        if (forPublication.matches()) {
            rest = ", " + forPublication.group(1);
        }
        if (rest.isEmpty()) {
            return parts;
        }
        if (!rest.startsWith(",")) {
            return null;
        }
        return readTrailer(rest.substring(1), parts);
    }

    /** What follows "By Jane Doe,": a role, a publication and a date, in any order; anything else rejects. */
    private @Nullable Parts readTrailer(String trailer, Parts parts) {
        String rest = trailer;
        LocalDate date = dates.find(rest);
        if (date != null) {
            int[] range = dates.range(rest);
            rest = rest.substring(0, range[0]) + "," + rest.substring(range[1]);
            parts.published = date;
        }
        for (String piece : rest.split(",")) {
            String p = piece.strip();
            if (p.isEmpty() || ROLE.matcher(p).matches() || dates.parseDateline(p) != null) {
                continue;
            }
            if (parts.publication != null || !PUBLICATION.matcher(p).matches()) {
                return null;
            }
            parts.publication = p;
        }
        return parts;
    }

    private static final class Parts {
        @Nullable String author;
        @Nullable String publication;
        @Nullable LocalDate published;

        void fillFrom(Parts other) {
            author = author != null ? author : other.author;
            publication = publication != null ? publication : other.publication;
            published = published != null ? published : other.published;
        }

        ArticleMetadata metadata() {
            return new ArticleMetadata(null, author, publication, published);
        }
    }
}
