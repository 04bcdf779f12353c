package org.casebook.ingest.segment;

import java.util.ArrayList;
import java.util.List;

/** Finds the end offsets of the sentences in one block of text. */
final class SentenceBoundaries {
    private SentenceBoundaries() {}

    /** Sentence end offsets (exclusive) within [from, to), the last one always {@code to}. */
    static List<Integer> find(String text, int from, int to) {
        List<Integer> ends = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < to && isTerminalRun(text.charAt(end))) {
                    end++;
                }
                if (isBoundary(text, from, i, end, to)) {
                    ends.add(end);
                }
                i = end;
            } else if (c == '\n') {
                // A line break inside a block ends a line of a list or a poem: keep the lines apart.
                ends.add(i);
                i++;
            } else {
                i++;
            }
        }
        if (ends.isEmpty() || ends.getLast() != to) {
            ends.add(to);
        }
        return ends;
    }

    private static boolean isTerminalRun(char c) {
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == '\u201d' || c == '\u2019'
                || c == ')' || c == ']';
    }

    private static boolean isBoundary(String text, int from, int mark, int end, int to) {
        if (end >= to) {
            return false;
        }
        if (!Character.isWhitespace(text.charAt(end))) {
            return false;
        }
        int next = end;
        while (next < to && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= to) {
            return false;
        }
        char first = text.charAt(next);
        boolean startsSentence = Character.isUpperCase(first) || Character.isDigit(first) || isOpeningMark(first);
        if (!startsSentence) {
            return false;
        }
        if (text.charAt(mark) != '.' || end > mark + 1 && text.charAt(end - 1) != '.') {
            return true;
        }
        return !isAbbreviation(text, from, mark, next, to);
    }

    private static boolean isOpeningMark(char c) {
        return c == '"' || c == '\u201c' || c == '\u2018' || c == '(' || c == '[' || c == '\u2014';
    }

    /** True when the period at {@code mark} belongs to a word rather than ending the sentence. */
    private static boolean isAbbreviation(String text, int from, int mark, int next, int to) {
        int wordStart = mark;
        while (wordStart > from && isWordChar(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, mark);
        if (word.isEmpty()) {
            return mark > from && text.charAt(mark - 1) == '.';
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (word.contains(".")) {
            // A dotted acronym such as U.S. or D.C.: it ends the sentence only before a word that usually starts one.
            return !startsWithSentenceOpener(text, next, to);
        }
        return Abbreviations.contains(word) && !isNumberAfterNo(word, text, next);
    }

    private static boolean isNumberAfterNo(String word, String text, int next) {
        return word.equalsIgnoreCase("no") && !Character.isDigit(text.charAt(next));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '.';
    }

    private static final java.util.Set<String> OPENERS = java.util.Set.of(
            "The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "But", "And", "In",
            "A", "An", "If", "When", "While", "As", "Yet", "So", "Still", "There", "His", "Her", "Their", "Our");

    private static boolean startsWithSentenceOpener(String text, int next, int to) {
        int end = next;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return OPENERS.contains(text.substring(next, end));
    }
}
