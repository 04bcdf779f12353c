package org.casebook.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.casebook.ingest.FakeEmbedder;
import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.PipelineSettings;
import org.junit.jupiter.api.Test;

class EvidenceEvaluationTest {
    private static final String TOPIC = "Should aid to Honduras be cut?";
    private static final String POINT =
            "Cutting aid to Honduras would be a serious mistake for the poor families there.";
    private static final String REASON = "Cutting aid to Honduras would hurt the poor families there badly.";
    private static final String OTHER = "The capital of Honduras is Tegucigalpa, a city in the mountains.";

    @Test
    void aCandidateCountsWhenItsUnitSupportsTheGoldClaimsUnit() {
        List<String[]> sentences = List.of(
                new String[] {"C", TOPIC, POINT, "a1", "-1"},
                new String[] {"O", TOPIC, REASON, "a1", "0"},
                new String[] {"O", TOPIC, OTHER, "a1", "0"});
        List<String[]> evidence = List.of(
                new String[] {"E", POINT, REASON, "a1"},
                new String[] {"E", POINT, OTHER, "a1"},
                new String[] {"O", POINT, POINT, "a1"});
        var bytes = new ByteArrayOutputStream();
        try (var pipeline = IngestPipeline.with(PipelineSettings.defaults(), new FakeEmbedder())) {
            EvidenceEvaluation.iam(pipeline, sentences, evidence, Integer.MAX_VALUE,
                    new PrintStream(bytes, true, StandardCharsets.UTF_8));
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("gold claims found as claim units 1/1")
                .contains("P 1.000, R 0.500, F1 0.667 (1 right, 0 wrong, 1 missed)");
    }
}
