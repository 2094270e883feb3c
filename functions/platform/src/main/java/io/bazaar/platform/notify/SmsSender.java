package io.bazaar.platform.notify;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.platform.aws.BlockingCalls;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/** Sends transactional SMS through SNS to E.164 phone numbers. */
@ApplicationScoped
public class SmsSender {

    private static final Logger LOG = Logger.getLogger(SmsSender.class);

    private final SnsClient sns;
    private final BlockingCalls blocking;
    private final NotifyConfig config;

    SmsSender(SnsClient sns, BlockingCalls blocking, NotifyConfig config) {
        this.sns = sns;
        this.blocking = blocking;
        this.config = config;
    }

    /** Sends the text and completes with SNS's message id. */
    public Uni<String> send(String phoneE164, String text) {
        return blocking.run(() -> {
            String id = sns.publish(PublishRequest.builder()
                    .phoneNumber(phoneE164)
                    .message(text)
                    .messageAttributes(Map.of("AWS.SNS.SMS.SMSType",
                            MessageAttributeValue.builder().dataType("String").stringValue("Transactional").build()))
                    .build()).messageId();
            if (config.logContent()) {
                LOG.infof("SMS to %s: %s", phoneE164, text);
            }
            return id;
        });
    }
}
