package org.casebook.brief;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.casebook.article.UnitQuote;
import org.jspecify.annotations.Nullable;

/**
 * The words a brief holds, checked against their limits ({@link BriefService#TITLE_MAX_LENGTH} and the others), and
 * the words the application writes for it: an assignment brief's title and a card's cite.
 */
final class BriefTexts {
    private static final DateTimeFormatter CITE_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private BriefTexts() {}

    static String checkedTitle(String title) {
        Objects.requireNonNull(title, "title");
        String t = title.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("a brief needs a title");
        }
        if (t.length() > BriefService.TITLE_MAX_LENGTH) {
            throw new IllegalArgumentException("a title is at most " + BriefService.TITLE_MAX_LENGTH + " characters");
        }
        return t;
    }

    static @Nullable String checkedTag(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String t = tag.strip();
        if (t.length() > BriefService.TAG_MAX_LENGTH) {
            throw new IllegalArgumentException("a tag is at most " + BriefService.TAG_MAX_LENGTH + " characters");
        }
        return t;
    }

    static String checkedNote(String words) {
        Objects.requireNonNull(words, "words");
        String t = words.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("a note needs some words");
        }
        if (t.length() > BriefService.NOTE_MAX_LENGTH) {
            throw new IllegalArgumentException("a note is at most " + BriefService.NOTE_MAX_LENGTH + " characters");
        }
        return t;
    }

    /** "Round 2: Pro · The United States should cut …", cut to the title's limit. */
    static String assignmentTitle(int round, BriefSide side, String motionText) {
        String title = (round > 1 ? "Round " + round + ": " : "")
                + (side == BriefSide.BOTH ? "Both sides" : side == BriefSide.PRO ? "Pro" : "Con") + " · "
                + Tags.shortForm(motionText);
        return title.length() > BriefService.TITLE_MAX_LENGTH
                ? title.substring(0, BriefService.TITLE_MAX_LENGTH - 1) + "…" : title;
    }

    /** A card's cite from its article's metadata, and the speaker when the unit quotes someone. */
    static Cite citeOf(UnitQuote quote) {
        String qualification = null;
        if (quote.speakerName() != null) {
            qualification = "quoting " + quote.speakerName()
                    + (quote.speakerDescription() == null ? "" : ", " + quote.speakerDescription());
        }
        LocalDate published = quote.published();
        String location = quote.location();
        String url = location.startsWith("http://") || location.startsWith("https://") ? location : null;
        return new Cite(quote.author(), qualification, quote.publication(),
                published == null ? null : CITE_DATE.format(published), url);
    }
}
