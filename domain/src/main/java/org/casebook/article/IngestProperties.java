package org.casebook.article;

import org.casebook.ingest.PipelineSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The pipeline's settings under {@code casebook.ingest.*} (kebab-case: {@code batch-size}, {@code max-tokens},
 * {@code threads}, {@code unit-threshold}, {@code counter-threshold}); each unset one keeps
 * {@link PipelineSettings#defaults()}. Unknown keys and invalid values stop the start.
 */
@ConfigurationProperties(prefix = "casebook.ingest", ignoreUnknownFields = false)
record IngestProperties(
        @Nullable Integer batchSize,
        @Nullable Integer maxTokens,
        @Nullable Integer threads,
        @Nullable Double unitThreshold,
        @Nullable Double counterThreshold) {

    PipelineSettings toSettings() {
        var d = PipelineSettings.defaults();
        return new PipelineSettings(
                batchSize != null ? batchSize : d.batchSize(),
                maxTokens != null ? maxTokens : d.maxTokens(),
                threads != null ? threads : d.threads(),
                unitThreshold != null ? unitThreshold : d.unitThreshold(),
                counterThreshold != null ? counterThreshold : d.counterThreshold());
    }
}
