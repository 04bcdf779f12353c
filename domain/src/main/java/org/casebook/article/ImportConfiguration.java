package org.casebook.article;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The executor imports run on: one thread, so imports queue behind each other instead of competing with the UI
 * for the cores (the analysis is CPU-bound and the pipeline is shared).
 */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {
    static final String EXECUTOR = "importExecutor";

    @Bean(name = EXECUTOR, destroyMethod = "shutdownNow")
    ExecutorService importExecutor() {
        return Executors.newSingleThreadExecutor(Thread.ofPlatform().name("casebook-import").daemon().factory());
    }
}
