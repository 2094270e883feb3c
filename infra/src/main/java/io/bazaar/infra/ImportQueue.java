package io.bazaar.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * The queue of import work ({@code bazaar-<stage>-imports.fifo}): catalog enqueues the jobs merchants start, the import
 * worker consumes them and enqueues a continuation when its time runs out. FIFO, because the senders set the message
 * group to the crawled shop's host, and Lambda then hands a group's messages to one invocation at a time: a shop is never
 * crawled by two workers at once. A message that fails three times is moved to a dead-letter queue, which raises an alarm.
 */
public final class ImportQueue extends Construct {

    /** The environment variable that tells a function where to send import work. */
    public static final String QUEUE_URL_VARIABLE = "BAZAAR_IMPORTS_QUEUE_URL";
    /** bazaar.imports.worker: where the app sends import work. */
    public static final String WORKER_VARIABLE = "BAZAAR_IMPORTS_WORKER";
    /** Receives before a message goes to the dead-letter queue. */
    public static final int MAX_RECEIVE_COUNT = 3;

    private final Queue queue;
    private final Queue deadLetters;
    private final Alarm deadLettersAlarm;

    /**
     * @param workerTimeout the consuming function's timeout: a message stays invisible for six times as long, as AWS
     *                      advises for Lambda event sources, so a slow or retried invocation does not see it again
     */
    public ImportQueue(Construct scope, String id, StackSettings settings, Duration workerTimeout) {
        super(scope, id);
        deadLetters = Queue.Builder.create(this, "DeadLetters")
                .queueName(settings.resourceName("imports-dlq.fifo"))
                .fifo(true) // a FIFO queue's dead-letter queue must be FIFO too
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14)) // the longest SQS keeps a message: time to look into it
                .build();
        queue = Queue.Builder.create(this, "Queue")
                .queueName(settings.resourceName("imports.fifo"))
                .fifo(true)
                // the senders set MessageDeduplicationId: the same body may well be sent twice on purpose (a continuation)
                .contentBasedDeduplication(false)
                .visibilityTimeout(Duration.seconds(workerTimeout.toSeconds().longValue() * 6))
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetters).maxReceiveCount(MAX_RECEIVE_COUNT).build())
                .build();

        deadLettersAlarm = Alarm.Builder.create(this, "DeadLettersAlarm")
                .alarmName(settings.resourceName("imports-dead-letters"))
                .alarmDescription("Import work failed " + MAX_RECEIVE_COUNT + " times and waits in "
                        + settings.resourceName("imports-dlq.fifo") + " (see the import worker's log)")
                .metric(deadLetters.metricApproximateNumberOfMessagesVisible(MetricOptions.builder()
                        .period(Duration.minutes(5))
                        .statistic("Maximum")
                        .build()))
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .threshold(0)
                .evaluationPeriods(1)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
    }

    /**
     * Lets {@code function} send import work, and tells it where ({@value #QUEUE_URL_VARIABLE}) and that import work
     * goes to the queue ({@value #WORKER_VARIABLE}, instead of the local run's in-process worker).
     */
    public void allowSendingFrom(Function function) {
        queue.grantSendMessages(function);
        function.addEnvironment(QUEUE_URL_VARIABLE, queue.getQueueUrl());
        function.addEnvironment(WORKER_VARIABLE, "sqs");
    }

    public IQueue queue() {
        return queue;
    }

    public IQueue deadLetters() {
        return deadLetters;
    }

    public Alarm deadLettersAlarm() {
        return deadLettersAlarm;
    }
}
