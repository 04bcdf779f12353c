package org.casebook.ingest.source;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes what is not the article from a saved page: scripts, styles, forms, embedded media, navigation, page
 * headers and footers, asides, figures (with their captions and credits), hidden elements, and elements whose
 * class or id marks them as ads, share widgets, comments, related stories, newsletters and the like. An element
 * that holds most of the page's paragraph text is never removed by its class alone, so a wrapper called
 * {@code "content has-sidebar"} survives. Mutates the given document. Thread-safe.
 */
final class HtmlCleaner {
    private static final String JUNK_TAGS = "script, style, noscript, template, iframe, frame, frameset, object, "
            + "embed, form, nav, footer, aside, figure, figcaption, picture, img, svg, canvas, video, audio, "
            + "button, input, select, textarea, label, dialog, menu, link, meta, base";
    private static final String JUNK_ROLES = "[role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=search], [role=dialog], [role=alert], [role=menu], [aria-hidden=true], "
            + "[hidden]";
    private static final Pattern NOISE = Pattern.compile("(?i)(?:^|[-_])(?:ads?|advert\\w*|sponsor\\w*|promo\\w*|"
            + "share|sharing|social|comments?|related|recommend\\w*|newsletter|subscribe|subscription|popup|modal|"
            + "cookies?|breadcrumbs?|caption|credits?|byline|tags|toolbar|outbrain|taboola|paywall|signup|popular|"
            + "trending|sidebar|widget|masthead|navbar|nav|menu|more-stories|read-more|print|skip)(?:$|[-_])");
    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final double PROTECTED_SHARE = 0.4;

    void clean(Document page) {
        page.select(JUNK_TAGS).remove();
        page.select(JUNK_ROLES).remove();
        page.select("header").stream().filter(header -> header.closest("article") == null).forEach(Element::remove);
        for (Element element : page.select("[style]")) {
            if (HIDDEN_STYLE.matcher(element.attr("style")).find()) {
                element.remove();
            }
        }
        int total = paragraphText(page.body());
        for (Element element : candidates(page)) {
            if (element.parent() != null && isNoise(element) && !holdsTheArticle(element, total)) {
                element.remove();
            }
        }
    }

    private static List<Element> candidates(Document page) {
        Elements all = page.body().select("[class], [id]");
        return all.stream().filter(e -> !e.tagName().equals("body") && !e.tagName().equals("html")).toList();
    }

    private static boolean isNoise(Element element) {
        for (String token : (element.className() + " " + element.id()).split("\\s+")) {
            if (!token.isEmpty() && NOISE.matcher(token).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsTheArticle(Element element, int total) {
        if (element.is("article, main, [itemprop=articleBody]") || !element.select("article, [itemprop=articleBody]").isEmpty()) {
            return true;
        }
        return total > 0 && paragraphText(element) > total * PROTECTED_SHARE;
    }

    static int paragraphText(Element root) {
        int length = 0;
        for (Element p : root.select("p")) {
            length += p.text().length();
        }
        return length;
    }
}
