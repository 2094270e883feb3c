package io.bazaar.catalog.imports.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.catalog.imports.ImportsConfig;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Picks the queue the deployment configured (bazaar.imports.worker). */
@ApplicationScoped
class ImportQueues {

    @Produces
    @ApplicationScoped
    ImportQueue queue(ImportsConfig config, Instance<SqsClient> sqs, Instance<ImportWorker> worker, ObjectMapper json) {
        return switch (config.worker()) {
            case "sqs" -> new SqsImportQueue(sqs.get(), config.queueUrl().orElseThrow(() -> new IllegalStateException(
                    "bazaar.imports.queue-url must be set when bazaar.imports.worker=sqs")), json);
            case "in-process" -> new InProcessImportQueue(worker.get(), config.inProcessThreads());
            default -> throw new IllegalStateException("bazaar.imports.worker must be sqs or in-process, not " + config.worker());
        };
    }

    void close(@Disposes ImportQueue queue) throws Exception {
        if (queue instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
