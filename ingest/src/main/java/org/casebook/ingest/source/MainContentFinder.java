package org.casebook.ingest.source;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses the element that holds the article in a cleaned page. Marked-up containers come first:
 * {@code [itemprop=articleBody]}, then {@code <article>}, {@code <main>} and {@code [role=main]}, each accepted
 * when it holds a real share of the page's paragraph text. Otherwise a text-density score decides: every
 * paragraph of at least {@value #MIN_PARAGRAPH} characters scores for its parent (fully) and grandparent (half),
 * more for longer and comma-rich paragraphs, and each container's score is scaled by its share of non-link text.
 * Falls back on the body. Thread-safe.
 */
final class MainContentFinder {
    static final int MIN_PARAGRAPH = 25;
    private static final String[] MARKED_UP = {"[itemprop=articleBody]", "article", "main", "[role=main]"};
    private static final double MIN_SHARE = 0.3;
    private static final int MIN_MARKED_TEXT = 100;

    Element find(Document page) {
        Element body = page.body();
        int total = HtmlCleaner.paragraphText(body);
        for (String selector : MARKED_UP) {
            Element best = null;
            int bestText = 0;
            for (Element candidate : body.select(selector)) {
                int text = HtmlCleaner.paragraphText(candidate);
                if (text > bestText) {
                    best = candidate;
                    bestText = text;
                }
            }
            if (best != null && bestText >= MIN_MARKED_TEXT && bestText >= total * MIN_SHARE) {
                return best;
            }
        }
        return densest(body);
    }

    private static Element densest(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select("p, pre, blockquote")) {
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + text.split(",", -1).length - 1 + Math.min(text.length() / 100, 3);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, score / 2, Double::sum);
                }
            }
        }
        Element best = body;
        double bestScore = 0;
        for (var entry : scores.entrySet()) {
            double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 0;
        }
        int linked = 0;
        for (Element link : element.select("a")) {
            linked += link.text().length();
        }
        return Math.min(1, (double) linked / length);
    }
}
