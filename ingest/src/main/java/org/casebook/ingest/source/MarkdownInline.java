package org.casebook.ingest.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Strips inline Markdown from one block's text, keeping what a reader sees: link text without the target, code
 * and emphasised words without their markers, escaped characters as themselves, entities decoded, images and HTML
 * tags removed. Emphasis with {@code _} only counts at word boundaries, so {@code snake_case} survives.
 * Thread-safe.
 */
final class MarkdownInline {
    private static final char ESCAPE_BASE = '\uE000';
    private static final Pattern ESCAPED = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>~|<\"'])");
    private static final Pattern CODE = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\](?:\\((?:[^()]|\\([^)]*\\))*\\)|\\[[^\\]]*\\])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\((?:[^()]|\\([^)]*\\))*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[[^\\]]*\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern STAR_EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern UNDERSCORE_EMPHASIS = Pattern.compile("(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w_])");
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~");

    String strip(String markdown) {
        String text = ESCAPED.matcher(markdown).replaceAll(m -> String.valueOf((char) (ESCAPE_BASE + m.group(1).charAt(0))));
        text = CODE.matcher(text).replaceAll(m -> protect(m.group(2).strip()));
        text = IMAGE.matcher(text).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        text = REFERENCE_LINK.matcher(text).replaceAll("$1");
        text = AUTOLINK.matcher(text).replaceAll("$1");
        text = TAG.matcher(text).replaceAll("");
        text = STRONG.matcher(text).replaceAll("$2");
        text = STAR_EMPHASIS.matcher(text).replaceAll("$1");
        text = UNDERSCORE_EMPHASIS.matcher(text).replaceAll("$1");
        text = STRIKE.matcher(text).replaceAll("$1");
        return Parser.unescapeEntities(unprotect(text), false);
    }

    /** Hides markup characters (of code spans, escapes) from the later patterns by moving them to private use. */
    private static String protect(String literal) {
        var out = new StringBuilder(literal.length());
        literal.chars().forEach(c -> out.append(c < 128 ? (char) (ESCAPE_BASE + c) : (char) c));
        return Matcher.quoteReplacement(out.toString());
    }

    private static String unprotect(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= ESCAPE_BASE && c < ESCAPE_BASE + 128 ? (char) (c - ESCAPE_BASE) : c);
        }
        return out.toString();
    }
}
