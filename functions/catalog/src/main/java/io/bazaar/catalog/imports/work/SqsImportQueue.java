package io.bazaar.catalog.imports.work;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The FIFO queue read by the importer Lambda. The message group is the crawled host, so SQS hands out one message
 * of a host at a time: however many workers run, one shop is crawled by one of them at once.
 */
final class SqsImportQueue implements ImportQueue {

    private final SqsClient sqs;
    private final String queueUrl;
    private final ObjectMapper json;

    SqsImportQueue(SqsClient sqs, String queueUrl, ObjectMapper json) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.json = json;
    }

    @Override
    public void send(ImportMessage message) {
        String body;
        try {
            body = json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("import message not writable", e);
        }
        sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(body).messageGroupId(message.host())
                .messageDeduplicationId(message.deduplicationId()));
    }
}
