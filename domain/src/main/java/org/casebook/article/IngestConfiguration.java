package org.casebook.article;

import org.casebook.ingest.IngestPipeline;
import org.casebook.ingest.PipelineSettings;
import org.casebook.ingest.source.ArticleReader;
import org.casebook.ingest.source.ReaderSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The one pipeline of the application and its reader. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
class IngestConfiguration {
    /**
     * Loaded once, on first use: loading the model takes seconds, and a start with nothing to import should not
     * wait for it. Thread-safe, so shared by all imports.
     */
    @Bean(destroyMethod = "close")
    @Lazy
    IngestPipeline ingestPipeline(PipelineSettings settings) {
        return IngestPipeline.load(settings);
    }

    /** Built eagerly, so invalid settings stop the start instead of the first import. */
    @Bean
    PipelineSettings pipelineSettings(IngestProperties properties) {
        return properties.toSettings();
    }

    @Bean
    ArticleReader articleReader() {
        return new ArticleReader(ReaderSettings.defaults());
    }
}
