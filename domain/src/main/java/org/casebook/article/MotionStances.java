package org.casebook.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.model.DetectedUnit;
import org.casebook.ingest.model.StanceLabel;
import org.casebook.ingest.source.ArticleReader;
import org.casebook.motion.MotionCreated;
import org.casebook.motion.MotionEdited;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every stored unit a stance towards a new or rewritten motion, from the units and vectors stored at import
 * (nothing is mined again), keeping a person's corrections; then brings the motion's counters across the library
 * and key points up to date. Runs inside the motion's transaction: the motion and its stances commit together.
 */
@Component
class MotionStances {
    private final ArticleRepository articles;
    private final UnitStanceRepository stances;
    private final ObjectProvider<IngestPipeline> pipeline;
    private final ArticleReader reader;
    private final BoardRefresh board;

    MotionStances(ArticleRepository articles, UnitStanceRepository stances, ObjectProvider<IngestPipeline> pipeline,
            ArticleReader reader, BoardRefresh board) {
        this.board = board;
        this.articles = articles;
        this.stances = stances;
        this.pipeline = pipeline;
        this.reader = reader;
    }

    @EventListener
    void on(MotionCreated event) {
        classify(event.motionId(), event.text());
    }

    @EventListener
    void on(MotionEdited event) {
        classify(event.motionId(), event.text());
    }

    private void classify(long motionId, String motion) {
        Map<Long, UnitStance> existing = stances.findByMotion(motionId).stream()
                .collect(Collectors.toMap(st -> st.unit().id(), Function.identity()));
        for (long id : articles.findAllIds()) {
            Article article = articles.findWithUnits(id).orElseThrow();
            List<ArticleUnit> units = article.units();
            if (units.isEmpty()) {
                continue;
            }
            List<DetectedUnit> detected = new ArrayList<>();
            List<float[]> vectors = new ArrayList<>();
            for (ArticleUnit unit : units) {
                detected.add(unit.asDetected());
                vectors.add(unit.embedding());
            }
            List<StanceLabel> labels =
                    pipeline.getObject().stances(StoredText.of(article, reader), detected, vectors, motion);
            for (StanceLabel label : labels) {
                ArticleUnit unit = article.unitAt(label.unit());
                UnitStance known = existing.get(unit.id());
                if (known == null) {
                    stances.save(new UnitStance(unit, motionId, label.stance(), label.confidence()));
                } else {
                    known.reclassify(label.stance(), label.confidence());
                }
            }
        }
        stances.flush();
        board.refreshIfStale(motionId);
    }
}
