package org.casebook.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.casebook.account.Access;
import org.casebook.account.Callers;
import org.casebook.ingest.model.CounterPair;
import org.casebook.motion.MotionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The motion board: every unit's side towards one motion, paired with its rebuttals. Opening a board first brings
 * the motion's counters across the library and its key points up to date when the library changed since they were
 * computed (from stored vectors, no mining). Thread-safe.
 */
@Service
@Transactional(readOnly = true)
public class BoardService {
    private final MotionService motions;
    private final UnitStanceRepository stances;
    private final CounterLinkRepository counters;
    private final KeyPointGroupRepository keyPoints;
    private final BoardRefresh refresh;
    private final Access access;
    private final Callers callers;

    BoardService(MotionService motions, UnitStanceRepository stances, CounterLinkRepository counters,
            KeyPointGroupRepository keyPoints, BoardRefresh refresh, Access access,
            Callers callers) {
        this.access = access;
        this.callers = callers;
        this.motions = motions;
        this.stances = stances;
        this.counters = counters;
        this.keyPoints = keyPoints;
        this.refresh = refresh;
    }

    /** The motion a board is about, found at once (the board itself can take a while); empty when unknown. */
    public Optional<org.casebook.motion.MotionSummary> motion(long motionId) {
        return motions.find(motionId);
    }

    /**
     * The board of motion {@code motionId}; empty when there is no such motion. Can take seconds on a large library
     * whose counters must be computed again: call it off the UI thread.
     */
    @Transactional
    public Optional<MotionBoard> board(long motionId) {
        var motion = motions.find(motionId);
        if (motion.isEmpty()) {
            return Optional.empty();
        }
        refresh.refreshIfStale(motionId);
        Map<Long, MotionBoard.Card> cards = new LinkedHashMap<>();
        Map<Long, String> headings = new HashMap<>();
        for (UnitStance st : stances.findByMotion(motionId)) {
            cards.put(st.unit().id(), card(st, headings));
        }
        // Only arguments from articles the caller may see: the board never shows another class's library.
        var visible = new java.util.HashSet<>(access.visibleArticles(callers.current(),
                cards.values().stream().map(MotionBoard.Card::articleId).distinct().toList()));
        cards.values().removeIf(card -> !visible.contains(card.articleId()));
        Map<Long, List<MotionBoard.Rebuttal>> answers = new HashMap<>();
        for (var link : counters.findForMotion(motionId)) {
            answer(answers, cards, link.unitId(), link.counterId(), link);
            answer(answers, cards, link.counterId(), link.unitId(), link);
        }
        List<MotionBoard.KeyPoint> points = keyPoints.findByMotion(motionId).stream()
                .map(k -> keyPoint(k, cards))
                .filter(k -> k.unitIds().size() >= 2)
                .sorted(Comparator.comparingInt(MotionBoard.KeyPoint::sources).reversed())
                .toList();
        Map<Long, Long> pointOf = new HashMap<>();
        points.forEach(p -> p.unitIds().forEach(u -> pointOf.putIfAbsent(u, p.id())));
        List<MotionBoard.Row> rows = new ArrayList<>();
        for (MotionBoard.Card card : cards.values()) {
            if (card.side() != Side.NEUTRAL) {
                var rebuttals = new ArrayList<>(answers.getOrDefault(card.unitId(), List.of()));
                rebuttals.sort(Comparator.comparing(MotionBoard.Rebuttal::explicit).reversed()
                        .thenComparing(Comparator.comparingDouble(MotionBoard.Rebuttal::score).reversed()));
                rows.add(new MotionBoard.Row(card, rebuttals, pointOf.get(card.unitId())));
            }
        }
        return Optional.of(new MotionBoard(motion.get(), rows, points));
    }

    /**
     * Records {@code answerId} as a rebuttal of {@code unitId} when it takes the other side. A pair the text marks
     * ("To be clear, ...") is explicit only in its direction: the marked unit answers the other, while the other,
     * earlier argument is listed under it as an opposing argument by meaning.
     */
    private static void answer(Map<Long, List<MotionBoard.Rebuttal>> answers, Map<Long, MotionBoard.Card> cards,
            long unitId, long answerId, CounterLinkRepository.LinkRow link) {
        MotionBoard.Card unit = cards.get(unitId);
        MotionBoard.Card answer = cards.get(answerId);
        if (unit == null || answer == null || unit.side() == Side.NEUTRAL) {
            return;
        }
        boolean explicit = link.basis() == CounterPair.Basis.EXPLICIT && link.counterId() == answerId;
        boolean otherSide = answer.side() == opposite(unit.side());
        if (otherSide || (explicit && answer.side() == Side.NEUTRAL)) {
            List<MotionBoard.Rebuttal> list = answers.computeIfAbsent(unitId, id -> new ArrayList<>());
            if (list.stream().noneMatch(r -> r.unit().unitId() == answerId)) {
                list.add(new MotionBoard.Rebuttal(answer, explicit, link.score()));
            }
        }
    }

    private static Side opposite(Side side) {
        return side == Side.PRO ? Side.CON : side == Side.CON ? Side.PRO : Side.NEUTRAL;
    }

    private static MotionBoard.Card card(UnitStance st, Map<Long, String> headings) {
        ArticleUnit u = st.unit();
        Article article = u.article();
        String heading = headings.computeIfAbsent(article.id(),
                id -> ArticleService.heading(article.source().metadata().title(), article.body()));
        var speaker = u.speaker();
        return new MotionBoard.Card(u.id(), article.id(), heading, UnitRole.valueOf(u.role().name()),
                Side.valueOf(st.stance().name()), u.text(), speaker == null ? null : speaker.name(),
                speaker == null ? null : speaker.description(), u.confidence(), st.correctedByPerson());
    }

    private static MotionBoard.KeyPoint keyPoint(KeyPointGroup group, Map<Long, MotionBoard.Card> cards) {
        List<Long> ids = group.unitIds().stream().filter(cards::containsKey).sorted().toList();
        Set<Long> articles = ids.stream().map(id -> cards.get(id).articleId()).collect(Collectors.toSet());
        return new MotionBoard.KeyPoint(group.id(), group.label(), ids, articles.size());
    }
}
