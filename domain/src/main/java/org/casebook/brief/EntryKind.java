package org.casebook.brief;

/**
 * What a brief entry is: a card (tag, cite, evidence with highlights), a block heading such as "Answers to: aid is
 * wasted" (its words are the tag), or a note in the debater's own words (its words are the text).
 */
public enum EntryKind {
    CARD,
    BLOCK_HEADING,
    NOTE
}
