package io.bazaar.members.push;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.members.MembersConfig;
import io.bazaar.members.device.service.DevicePlatform;
import io.bazaar.platform.aws.BlockingCalls;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.EndpointDisabledException;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.NotFoundException;

/**
 * SNS mobile push: each device token becomes a platform endpoint of the configured platform application (APNs for iOS,
 * FCM for Android), and a push is a Publish to that endpoint. A platform without a configured application has no
 * endpoints: its devices are stored and their pushes only recorded. Calls block, so they run through {@link BlockingCalls}.
 */
@ApplicationScoped
public class PushEndpoints {

    /** SNS refused the token itself (malformed for the platform). */
    public static class BadToken extends RuntimeException {
        BadToken(String message) {
            super(message, null, false, false);
        }
    }

    /** What became of one publish. */
    public enum Outcome {
        SENT, ENDPOINT_GONE
    }

    private final SnsClient sns;
    private final BlockingCalls blocking;
    private final MembersConfig.Push config;

    PushEndpoints(SnsClient sns, BlockingCalls blocking, MembersConfig config) {
        this.sns = sns;
        this.blocking = blocking;
        this.config = config.push();
    }

    /** The platform application of this platform, if one is configured. */
    public Optional<String> application(DevicePlatform platform) {
        return switch (platform) {
            case IOS -> config.iosApplicationArn().filter(arn -> !arn.isBlank());
            case ANDROID -> config.androidApplicationArn().filter(arn -> !arn.isBlank());
        };
    }

    /**
     * The endpoint ARN of this token (SNS answers the existing endpoint for a token it knows), or empty when the platform
     * has no application; fails with {@link BadToken} when SNS refuses the token.
     */
    public Uni<Optional<String>> endpointFor(DevicePlatform platform, String token) {
        Optional<String> application = application(platform);
        if (application.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return blocking.run(() -> {
            try {
                String arn = sns.createPlatformEndpoint(r -> r.platformApplicationArn(application.get()).token(token))
                        .endpointArn();
                // a token SNS had disabled (the app was reinstalled) takes pushes again once registered again
                sns.setEndpointAttributes(r -> r.endpointArn(arn).attributes(java.util.Map.of("Enabled", "true")));
                return Optional.of(arn);
            } catch (InvalidParameterException refused) {
                throw new BadToken(refused.awsErrorDetails() == null ? refused.getMessage()
                        : refused.awsErrorDetails().errorMessage());
            }
        });
    }

    /** Publishes the message (SNS JSON structure, one body per platform) to the endpoint. */
    public Uni<Outcome> publish(String endpointArn, String messageJson) {
        return blocking.run(() -> {
            try {
                sns.publish(r -> r.targetArn(endpointArn).messageStructure("json").message(messageJson));
                return Outcome.SENT;
            } catch (EndpointDisabledException | NotFoundException gone) {
                return Outcome.ENDPOINT_GONE;
            }
        });
    }

    /** Removes the endpoint; one SNS no longer has is fine. */
    public Uni<Void> delete(String endpointArn) {
        return blocking.run(() -> {
            try {
                sns.deleteEndpoint(r -> r.endpointArn(endpointArn));
            } catch (NotFoundException gone) {
                // already gone
            }
        });
    }
}
