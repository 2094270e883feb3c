package io.bazaar.identity.export;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.profile.ProfileService;
import io.bazaar.identity.session.SessionService;
import io.bazaar.identity.verification.VerificationService;
import io.bazaar.orders.contract.CustomerRecords;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** Gathers a person's data download: identity's own records, and the address book through orders-contract. */
@ApplicationScoped
public class AccountDataService {

    static final String ORDERS_NOTE = "Orders, with their lines, payments and deliveries: GET /api/orders";

    private final ProfileService profiles;
    private final SessionService sessions;
    private final VerificationService verifications;
    private final CustomerRecords orders;
    private final Pool pool;
    private final Clock clock;

    AccountDataService(ProfileService profiles, SessionService sessions, VerificationService verifications,
            CustomerRecords orders, Pool pool, Clock clock) {
        this.profiles = profiles;
        this.sessions = sessions;
        this.verifications = verifications;
        this.orders = orders;
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<AccountData> of(UUID accountId, String currentSessionId) {
        return profiles.get(accountId).chain(profile -> sessions.list(accountId, currentSessionId)
                .chain(live -> verifications.history(accountId)
                        .chain(submissions -> orders.addresses(pool, accountId)
                                .map(addresses -> new AccountData(clock.instant(), profile, live, submissions, addresses,
                                        ORDERS_NOTE)))));
    }
}
