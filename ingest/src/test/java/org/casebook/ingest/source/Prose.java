package org.casebook.ingest.source;

import java.util.ArrayList;
import java.util.List;

/** Original English filler prose for fixtures, written for these tests; deterministic for a given seed. */
final class Prose {
    private static final List<String> SENTENCES = List.of(
            "The city council voted on Tuesday to study a charge for cars entering the old town during the day.",
            "Supporters of the plan argue that the money would pay for more frequent buses and safer cycle lanes.",
            "Shop owners on the main square worry that fewer visitors will come if parking becomes more expensive.",
            "A similar scheme in a neighbouring town cut traffic by a fifth within the first two years.",
            "Critics point out that the poorest residents often live far from the centre and depend on their cars.",
            "The council has promised to exempt carers, delivery vans and people with disabilities from the charge.",
            "Air quality near the schools on the ring road has been above the legal limit for most of the past year.",
            "Some economists say that a charge is the cheapest way to make drivers pay for the congestion they cause.",
            "Others warn that a flat fee hits a nurse on a night shift as hard as a banker driving to lunch.",
            "The mayor said that no decision would be made before the public consultation closes in the spring.",
            "Residents who answered an early survey were split almost evenly between support and opposition.",
            "Bus operators have asked for a guarantee that the new revenue will not simply replace existing grants.",
            "The opposition party has called for a local referendum before any charge is introduced.",
            "Cycling groups welcomed the proposal but said that the lanes must be built before the charge begins.",
            "A report by the transport department found that most trips into the centre are shorter than three miles.",
            "Teachers at the primary school have asked for a car-free street outside the gates at opening time.",
            "The chamber of commerce has commissioned its own study of the likely effect on trade.",
            "Experience from other cities suggests that opposition tends to fall once a scheme has been running.",
            "Nobody disputes that the narrow streets of the old town were never designed for heavy traffic.",
            "The final vote is expected in the autumn, after the council has published the consultation results.");

    private Prose() {}

    /** A paragraph of {@code count} sentences starting at sentence {@code seed}. */
    static String paragraph(int seed, int count) {
        var sentences = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            sentences.add(SENTENCES.get(Math.floorMod(seed * 7 + i, SENTENCES.size())));
        }
        return String.join(" ", sentences);
    }

    /** {@code count} paragraphs of {@code sentences} sentences each. */
    static List<String> paragraphs(int count, int sentences) {
        var paragraphs = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            paragraphs.add(paragraph(i, sentences));
        }
        return paragraphs;
    }

    /** Wraps {@code text} greedily at {@code width} characters. */
    static List<String> wrap(String text, int width) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
