package org.casebook.brief;

import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Where a card comes from: author, their qualification, outlet, date (as the debater wants it written) and URL.
 * Each field is null when unknown; blank means unknown.
 */
public record Cite(
        @Nullable String author,
        @Nullable String qualification,
        @Nullable String outlet,
        @Nullable String date,
        @Nullable String url) {

    /** The longest value of one field. */
    public static final int FIELD_MAX_LENGTH = 500;

    public static Cite none() {
        return new Cite(null, null, null, null, null);
    }

    public Cite {
        author = clean(author);
        qualification = clean(qualification);
        outlet = clean(outlet);
        date = clean(date);
        url = clean(url);
    }

    public boolean isEmpty() {
        return author == null && qualification == null && outlet == null && date == null && url == null;
    }

    /** One line as read in a round: "Author, qualification · Outlet · date · url"; "No cite yet" when empty. */
    public String line() {
        if (isEmpty()) {
            return "No cite yet";
        }
        var line = new StringJoiner(" · ");
        if (author != null || qualification != null) {
            line.add(author == null ? qualification : qualification == null ? author : author + ", " + qualification);
        }
        for (String part : new @Nullable String[] {outlet, date, url}) {
            if (part != null) {
                line.add(part);
            }
        }
        return line.toString();
    }

    private static @Nullable String clean(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > FIELD_MAX_LENGTH) {
            throw new IllegalArgumentException("a cite field is at most " + FIELD_MAX_LENGTH + " characters");
        }
        return v;
    }
}
