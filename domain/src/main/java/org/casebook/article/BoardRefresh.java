package org.casebook.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.model.CounterPair;
import org.casebook.ingest.model.KeyPoint;
import org.casebook.ingest.model.MinedUnit;
import org.casebook.ingest.model.UnitRef;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Computes a motion's counters across the library and its key points, from the stored units, vectors and stances
 * (nothing is mined again), and stores them; skipped when the stances have not changed since the last time. Runs
 * in the caller's transaction.
 */
@Component
class BoardRefresh {
    private final UnitStanceRepository stances;
    private final CounterLinkRepository counters;
    private final KeyPointGroupRepository keyPoints;
    private final MotionBoardStateRepository boards;
    private final ObjectProvider<IngestPipeline> pipeline;
    private final Clock clock;

    BoardRefresh(UnitStanceRepository stances, CounterLinkRepository counters, KeyPointGroupRepository keyPoints,
            MotionBoardStateRepository boards, ObjectProvider<IngestPipeline> pipeline, Clock clock) {
        this.stances = stances;
        this.counters = counters;
        this.keyPoints = keyPoints;
        this.boards = boards;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    /** Brings the motion's counters and key points up to date with its stances. */
    void refreshIfStale(long motionId) {
        boards.createIfAbsent(motionId);
        MotionBoardState board = boards.findForUpdate(motionId).orElseThrow();
        String state = stances.state(motionId).key();
        if (board.isCurrent(state)) {
            return;
        }
        List<UnitStance> labelled = stances.findByMotion(motionId);
        Map<Long, Integer> articleIndex = new HashMap<>();
        List<MinedUnit> library = new ArrayList<>();
        Map<UnitRef, ArticleUnit> byRef = new HashMap<>();
        for (UnitStance st : labelled) {
            ArticleUnit unit = st.unit();
            int article = articleIndex.computeIfAbsent(unit.article().id(), id -> articleIndex.size());
            var ref = new UnitRef(article, library.size());
            library.add(new MinedUnit(ref, unit.text(), unit.embedding(), unit.role(), st.stance()));
            byRef.put(ref, unit);
        }
        storeCounters(motionId, library.isEmpty() ? List.of() : pipeline.getObject().counters(library), byRef);
        storeKeyPoints(motionId, library.isEmpty() ? List.of() : pipeline.getObject().keyPoints(library), byRef);
        board.refreshed(state, clock.instant());
    }

    private void storeCounters(long motionId, List<CounterPair> pairs, Map<UnitRef, ArticleUnit> byRef) {
        counters.deleteByMotionId(motionId);
        Set<Set<Long>> linked = new HashSet<>();
        for (var link : counters.findTouchingMotion(motionId)) {
            linked.add(Set.of(link.unitId(), link.counterId()));
        }
        for (CounterPair pair : pairs) {
            ArticleUnit unit = byRef.get(pair.unit());
            ArticleUnit counter = byRef.get(pair.counter());
            if (unit != null && counter != null && linked.add(Set.of(unit.id(), counter.id()))) {
                counters.save(new CounterLink(unit, counter, pair.basis(), pair.score(), motionId));
            }
        }
    }

    private void storeKeyPoints(long motionId, List<KeyPoint> groups, Map<UnitRef, ArticleUnit> byRef) {
        keyPoints.deleteByMotion(motionId);
        for (KeyPoint group : groups) {
            List<Long> ids = group.units().stream().map(byRef::get).filter(u -> u != null)
                    .map(ArticleUnit::id).distinct().toList();
            if (ids.size() >= 2) {
                keyPoints.save(new KeyPointGroup(motionId, group.label(), ids));
            }
        }
    }
}
