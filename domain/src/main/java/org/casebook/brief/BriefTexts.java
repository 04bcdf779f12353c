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
        return required(title, BriefService.TITLE_MAX_LENGTH, "a brief needs a title", "a title");
    }

    static @Nullable String checkedTag(@Nullable String tag) {
        return tag == null || tag.isBlank() ? null : required(tag, BriefService.TAG_MAX_LENGTH, "", "a tag");
    }

    static String checkedNote(String words) {
        return required(words, BriefService.NOTE_MAX_LENGTH, "a note needs some words", "a note");
    }

    /** {@code text} trimmed, refused when blank ({@code whenBlank}) or longer than {@code max} characters. */
    private static String required(String text, int max, String whenBlank, String what) {
        Objects.requireNonNull(text, what);
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(whenBlank);
        }
        if (t.length() > max) {
            throw new IllegalArgumentException(what + " is at most " + max + " characters");
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
