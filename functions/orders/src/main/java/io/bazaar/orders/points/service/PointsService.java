package io.bazaar.orders.points.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.contract.AccountDirectory;
import io.bazaar.orders.points.repository.PointsRepository;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** What shoppers read of their points, and the platform admin's adjustments. */
@ApplicationScoped
public class PointsService {

    private final PointsRepository entries;
    private final PointsLedger ledger;
    private final AccountDirectory accounts;
    private final PointsConfig config;
    private final Pool pool;
    private final Clock clock;

    PointsService(PointsRepository entries, PointsLedger ledger, AccountDirectory accounts, PointsConfig config,
            Pool pool, Clock clock) {
        this.entries = entries;
        this.ledger = ledger;
        this.accounts = accounts;
        this.config = config;
        this.pool = pool;
        this.clock = clock;
    }

    /** The balance and the lots still holding points; {@code soonBefore} ends the "expiring soon" period. */
    public record Summary(PointsBalance balance, Instant now, Instant soonBefore) {
    }

    public Uni<Summary> summary(UUID accountId) {
        Instant now = clock.instant();
        return ledger.balance(accountId, now).map(b -> new Summary(b, now, now.plus(config.expiringSoonWithin())));
    }

    public Uni<Page<PointsEntry>> entries(UUID accountId, PageRequest page) {
        return entries.page(accountId, page.offset(), page.size())
                .chain(list -> entries.count(accountId).map(total -> Page.of(list, page, total)));
    }

    /** Adds (or, negative, takes) points with a reason; 404 for an unknown account, 422 below zero. */
    public Uni<Summary> adjust(UUID accountId, long amount, String reason, String actor) {
        Instant now = clock.instant();
        return accounts.find(pool, accountId).chain(account -> {
            if (account.isEmpty()) {
                throw ProblemException.notFound("account-not-found", "There is no account " + accountId + ".");
            }
            return ledger.adjust(accountId, amount, reason.strip(), actor, UUID.randomUUID(), now);
        }).chain(() -> summary(accountId));
    }
}
