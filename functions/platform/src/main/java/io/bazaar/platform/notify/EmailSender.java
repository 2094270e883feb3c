package io.bazaar.platform.notify;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.platform.aws.BlockingCalls;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.ses.model.Body;
import software.amazon.awssdk.services.ses.model.Content;
import software.amazon.awssdk.services.ses.model.Destination;
import software.amazon.awssdk.services.ses.model.Message;
import software.amazon.awssdk.services.ses.model.SendEmailRequest;

/** Sends plain-text email through SES. */
@ApplicationScoped
public class EmailSender {

    private static final Logger LOG = Logger.getLogger(EmailSender.class);

    private final SesClient ses;
    private final BlockingCalls blocking;
    private final NotifyConfig config;

    EmailSender(SesClient ses, BlockingCalls blocking, NotifyConfig config) {
        this.ses = ses;
        this.blocking = blocking;
        this.config = config;
    }

    /** Sends the message and completes with SES's message id. */
    public Uni<String> send(String to, String subject, String text) {
        return blocking.run(() -> {
            String id = ses.sendEmail(SendEmailRequest.builder()
                    .source(config.mailFrom())
                    .destination(Destination.builder().toAddresses(to).build())
                    .message(Message.builder()
                            .subject(Content.builder().charset("UTF-8").data(subject).build())
                            .body(Body.builder().text(Content.builder().charset("UTF-8").data(text).build()).build())
                            .build())
                    .build()).messageId();
            if (config.logContent()) {
                LOG.infof("Email to %s: %s%n%s", to, subject, text);
            }
            return id;
        });
    }
}
