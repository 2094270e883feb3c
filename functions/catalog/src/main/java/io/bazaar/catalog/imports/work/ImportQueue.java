package io.bazaar.catalog.imports.work;

/** Hands import work to a worker: SQS and the importer Lambda in AWS, a thread pool in the local run. */
public interface ImportQueue {

    void send(ImportMessage message);
}
