package org.casebook.article;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casebook.account.Access;
import org.casebook.account.Callers;
import org.casebook.article.UnitDetails.StanceDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the library: the list of articles, one article with its units and stances, and one unit quoted for a card.
 * Thread-safe.
 */
@Service
@Transactional(readOnly = true)
public class ArticleService {
    private static final int HEADING_WORDS = 12;

    private final ArticleRepository articles;
    private final SourceRepository sources;
    private final UnitStanceRepository stances;
    private final ArticleUnitRepository units;
    private final LibraryFinder finder;
    private final Access access;
    private final Callers callers;

    ArticleService(ArticleRepository articles, SourceRepository sources, UnitStanceRepository stances,
            ArticleUnitRepository units, LibraryFinder finder, Access access, Callers callers) {
        this.access = access;
        this.callers = callers;
        this.finder = finder;
        this.articles = articles;
        this.units = units;
        this.sources = sources;
        this.stances = stances;
    }

    /** Every article the caller may see, oldest import first. */
    public List<ArticleSummary> library() {
        var visible = new java.util.HashSet<>(access.visibleArticles(callers.current(),
                articles.libraryRows().stream().map(ArticleRepository.LibraryRow::id).toList()));
        return articles.libraryRows().stream().filter(r -> visible.contains(r.id()))
                .map(r -> new ArticleSummary(r.id(), heading(r.title(), r.opening()), r.publication(), r.published(),
                        Math.toIntExact(r.unitCount()), r.location(), r.importedAt()))
                .toList();
    }

    /**
     * Up to {@code limit} rows of the library list for {@code query}, from {@code offset}: a slice, so no count of
     * all matches is run. (Offset and limit rather than Spring Data's Pageable, because the UI may not depend on
     * Spring Data; they are what a lazy grid asks for.) Outside a transaction, because a search by meaning first
     * embeds the query and no connection should be held meanwhile.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public LibraryPage page(LibraryQuery query, int offset, int limit) {
        return finder.page(query, offset, limit);
    }

    /** The outlets the library's articles come from, for a filter. */
    public List<String> outlets() {
        return finder.outlets();
    }

    /** The number of articles the caller may see. */
    public long count() {
        return finder.count();
    }

    /** True when the library holds a source whose bytes are none of {@code contents}. */
    public boolean holdsOtherThan(Collection<byte[]> contents) {
        var hashes = contents.stream().map(ContentHash::of).toList();
        return hashes.isEmpty() ? sources.count() > 0 : sources.countByContentHashNotIn(hashes) > 0;
    }

    /** True when the caller may change the article's units: their own article, or (a teacher) a sample one. */
    public boolean canCorrect(long id) {
        return access.canCorrectArticle(callers.current(), id);
    }

    /** The article with its units, when the caller may see it; empty otherwise. */
    public Optional<ArticleDetails> details(long id) {
        if (!access.canSeeArticle(callers.current(), id)) {
            return Optional.empty();
        }
        return articles.findWithUnits(id).map(this::details);
    }

    private ArticleDetails details(Article article) {
        Map<Long, List<StanceDetails>> byUnit = stances.findByArticle(article.id()).stream()
                .collect(Collectors.groupingBy(st -> st.unit().id(), Collectors.mapping(ArticleService::stance,
                        Collectors.toList())));
        var units = article.units().stream()
                .sorted((a, b) -> Integer.compare(a.span().start(), b.span().start()))
                .map(u -> unit(u, byUnit.getOrDefault(u.id(), List.of())))
                .toList();
        var source = article.source();
        var meta = source.metadata();
        return new ArticleDetails(article.id(), heading(meta.title(), article.body()), meta.title(), meta.author(),
                meta.publication(), meta.published(), source.location(), article.body(), units,
                article.pipelineVersion(), article.modelId());
    }

    private static UnitDetails unit(ArticleUnit u, List<StanceDetails> stances) {
        var speaker = u.speaker();
        var supports = u.supports();
        return new UnitDetails(u.id(), u.span().start(), u.span().end(), UnitRole.valueOf(u.role().name()), u.text(),
                speaker == null ? null : speaker.name(), speaker == null ? null : speaker.description(),
                u.confidence(), supports == null ? null : supports.id(), stances, u.humanEdited(),
                u.humanMade());
    }

    private static StanceDetails stance(UnitStance st) {
        return new StanceDetails(st.motionId(), Side.valueOf(st.stance().name()), st.confidence(),
                st.correctedByPerson());
    }

    /** A unit with its context and its article's metadata, for cutting a card from it (if the caller sees it). */
    public Optional<UnitQuote> quote(long unitId) {
        if (!access.canSeeUnit(callers.current(), unitId)) {
            return Optional.empty();
        }
        return units.findWithArticle(unitId).map(unit -> {
            Article article = unit.article();
            String body = article.body();
            int start = unit.span().start();
            int end = unit.span().end();
            int from = Excerpt.contextStart(body, start, end);
            int to = Excerpt.contextEnd(body, start, end);
            var meta = article.source().metadata();
            var speaker = unit.speaker();
            return new UnitQuote(unit.id(), article.id(), heading(meta.title(), body), body.substring(from, start),
                    body.substring(start, end), body.substring(end, to), speaker == null ? null : speaker.name(),
                    speaker == null ? null : speaker.description(), meta.author(), meta.publication(),
                    meta.published(), article.source().location());
        });
    }

    /** The title, or the text's first words when the source gives none. */
    static String heading(@Nullable String title, String text) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        String[] words = text.strip().split("\\s+", HEADING_WORDS + 1);
        if (words.length <= HEADING_WORDS) {
            return String.join(" ", words);
        }
        return String.join(" ", Arrays.copyOf(words, HEADING_WORDS)) + " …";
    }
}
