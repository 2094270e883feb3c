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
 * The queue of shoppers' behaviour events ({@code bazaar-<stage>-behaviour-events}): the areas send the events of a
 * request (views, searches, cart changes) before they answer, and the statistics ingest function takes them in every
 * minute. A standard queue: order does not matter and duplicates are dropped by the events' ids. A message its
 * consumer could not store five times moves to a dead-letter queue; that, or messages waiting over 15 minutes (the
 * consumer is not keeping up), raises an alarm. See docs/decisions/behaviour-events.md.
 */
public final class EventsQueue extends Construct {

    /** bazaar.events.queue-url: where an area sends its request events. */
    public static final String QUEUE_URL_VARIABLE = "BAZAAR_EVENTS_QUEUE_URL";
    /** Receives before a message goes to the dead-letter queue. */
    public static final int MAX_RECEIVE_COUNT = 5;
    /** How long an event may wait for the consumer: longer than any outage of it worth riding out. */
    public static final Duration RETENTION = Duration.days(4);

    private final Queue queue;
    private final Queue deadLetters;

    public EventsQueue(Construct scope, String id, StackSettings settings) {
        super(scope, id);
        deadLetters = Queue.Builder.create(this, "DeadLetters")
                .queueName(settings.resourceName("behaviour-events-dlq"))
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(Duration.days(14))
                .build();
        queue = Queue.Builder.create(this, "Queue")
                .queueName(settings.resourceName("behaviour-events"))
                .retentionPeriod(RETENTION)
                // the consumer asks for 120 s on each receive; this is the default for other readers
                .visibilityTimeout(Duration.minutes(2))
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetters).maxReceiveCount(MAX_RECEIVE_COUNT).build())
                .build();

        Alarm.Builder.create(this, "DeadLettersAlarm")
                .alarmName(settings.resourceName("behaviour-events-dead-letters"))
                .alarmDescription("Behaviour events could not be stored " + MAX_RECEIVE_COUNT + " times and wait in "
                        + settings.resourceName("behaviour-events-dlq") + " (see the statistics-ingest function's log)")
                .metric(deadLetters.metricApproximateNumberOfMessagesVisible(MetricOptions.builder()
                        .period(Duration.minutes(5)).statistic("Maximum").build()))
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .threshold(0)
                .evaluationPeriods(1)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        Alarm.Builder.create(this, "BacklogAlarm")
                .alarmName(settings.resourceName("behaviour-events-backlog"))
                .alarmDescription("Behaviour events wait more than 15 minutes: statistics-ingest is failing or too slow")
                .metric(queue.metricApproximateAgeOfOldestMessage(MetricOptions.builder()
                        .period(Duration.minutes(5)).statistic("Maximum").build()))
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .threshold(15 * 60)
                .evaluationPeriods(3)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
    }

    /** Lets {@code function} send behaviour events, and tells it where ({@value #QUEUE_URL_VARIABLE}). */
    public void allowSendingFrom(Function function) {
        queue.grantSendMessages(function);
        function.addEnvironment(QUEUE_URL_VARIABLE, queue.getQueueUrl());
    }

    /** Lets {@code function} receive and delete behaviour events (the statistics area). */
    public void allowConsumingFrom(Function function) {
        queue.grantConsumeMessages(function);
        function.addEnvironment(QUEUE_URL_VARIABLE, queue.getQueueUrl());
    }

    public IQueue queue() {
        return queue;
    }

    public IQueue deadLetters() {
        return deadLetters;
    }
}
