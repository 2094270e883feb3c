package io.bazaar.members.device.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.members.device.repository.DeviceRepository;
import io.bazaar.members.push.PushEndpoints;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Registers the shopper's phones for pushes: the token is checked, becomes an SNS platform endpoint where the platform's
 * application is configured, and is stored; each shopper reaches only their own devices.
 */
@ApplicationScoped
public class DeviceService {

    private static final Logger LOG = Logger.getLogger(DeviceService.class);
    /** A shopper's phones and tablets; more is a misbehaving app. */
    static final int MAX_PER_ACCOUNT = 20;

    private final DeviceRepository devices;
    private final PushEndpoints push;
    private final Clock clock;

    DeviceService(DeviceRepository devices, PushEndpoints push, Clock clock) {
        this.devices = devices;
        this.push = push;
        this.clock = clock;
    }

    public Uni<Device> register(UUID accountId, String platformName, String token) {
        DevicePlatform platform = DevicePlatform.parse(platformName);
        if (platform == null) {
            throw ProblemException.invalid(new FieldError("platform", "must be ios or android"));
        }
        String trimmed = token == null ? null : token.strip();
        if (!platform.accepts(trimmed)) {
            throw ProblemException.invalid(new FieldError("token", platform == DevicePlatform.IOS
                    ? "must be the APNs device token in hex (64 or more hex digits)"
                    : "must be the FCM registration token (32 to 4096 letters, digits, '_', '-' or ':')"));
        }
        return devices.countOf(accountId).chain(count -> {
            if (count >= MAX_PER_ACCOUNT) {
                throw ProblemException.unprocessable("too-many-devices",
                        "An account registers at most " + MAX_PER_ACCOUNT + " devices.");
            }
            return push.endpointFor(platform, trimmed);
        }).onFailure(PushEndpoints.BadToken.class).transform(refused -> ProblemException.invalid(
                new FieldError("token", "was refused by the push service: " + refused.getMessage())))
                .chain(endpoint -> {
                    var now = clock.instant();
                    return devices.upsert(new Device(UUID.randomUUID(), accountId, platform, trimmed,
                            endpoint.orElse(null), true, now, now));
                });
    }

    public Uni<List<Device>> list(UUID accountId) {
        return devices.ofAccount(accountId);
    }

    /** Forgets the device and its SNS endpoint (a failure to delete the endpoint is logged; SNS drops dead ones itself). */
    public Uni<Void> remove(UUID accountId, UUID id) {
        return devices.find(id).chain(found -> {
            if (found == null || !found.accountId().equals(accountId)) {
                throw ProblemException.notFound("device-not-found", "There is no such device of yours.");
            }
            Uni<Void> endpoint = found.endpointArn() == null ? Uni.createFrom().voidItem()
                    : push.delete(found.endpointArn()).onFailure().recoverWithItem(failure -> {
                        LOG.warnf("Deleting the push endpoint %s failed: %s", found.endpointArn(), failure.getMessage());
                        return null;
                    });
            return devices.delete(id).chain(() -> endpoint);
        });
    }
}
