package org.casebook.ingest.segment;

import java.util.Locale;
import java.util.Set;

/** Words that end in a period without ending a sentence: titles, months, US states, company forms, Latin. */
final class Abbreviations {
    private static final Set<String> WORDS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "reps", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr",
            "adm", "maj", "pres", "sec", "amb", "atty", "rev", "hon", "fr", "st", "mt", "ft", "jr", "sr", "messrs",
            "inc", "corp", "co", "ltd", "llc", "bros", "dept", "univ", "assn", "natl", "intl", "govt",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
            "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
            "tex", "va", "vt", "wash", "wis", "wyo",
            "vs", "etc", "al", "cf", "approx", "est", "no", "nos", "vol", "pp", "fig", "ed", "eds", "ch");

    private Abbreviations() {}

    /** True when {@code word} (the letters before a period, without the period) is a known abbreviation. */
    static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
