package io.bazaar.members.erasure;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.members.push.PushEndpoints;
import io.bazaar.members.recent.service.RecentlyViewedService;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The part of a deleted account's erasure that a SQL transaction cannot do (see
 * {@code io.bazaar.members.contract.MemberRecords}): for each account queued in {@code member_erasures}, deletes the SNS
 * endpoints of its devices and its DynamoDB recently-viewed item, then, in one transaction, the devices and the queue
 * row. Each step is safe to repeat, so an account whose follow-up failed or was cut short is simply done again on the
 * next run. Runs with the inbox deliveries (the {@code inbox-deliveries} job in AWS).
 */
@ApplicationScoped
public class ErasureFollowUp {

    private static final Logger LOG = Logger.getLogger(ErasureFollowUp.class);
    private static final int BATCH = 50;

    private final Pool pool;
    private final PushEndpoints push;
    private final RecentlyViewedService recent;

    ErasureFollowUp(Pool pool, PushEndpoints push, RecentlyViewedService recent) {
        this.pool = pool;
        this.push = push;
        this.recent = recent;
    }

    @Scheduled(every = "${bazaar.members.deliveries-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        return run().replaceWithVoid();
    }

    /** Finishes the queued erasures (up to one batch); completes with how many were finished. */
    public Uni<Integer> run() {
        return pool.preparedQuery("select account_id from member_erasures order by requested_at limit $1")
                .execute(Tuple.of(BATCH)).map(rows -> {
                    List<UUID> accounts = new ArrayList<>();
                    rows.forEach(row -> accounts.add(row.getUUID(0)));
                    return accounts;
                })
                .chain(accounts -> Multi.createFrom().iterable(accounts).onItem()
                        .transformToUniAndConcatenate(account -> finish(account).onFailure().recoverWithItem(failure -> {
                            LOG.warnf("Finishing the erasure of account %s failed, tried again next run: %s", account,
                                    failure.getMessage());
                            return false;
                        }))
                        .collect().asList())
                .map(done -> (int) done.stream().filter(Boolean::booleanValue).count());
    }

    private Uni<Boolean> finish(UUID account) {
        Tuple id = Tuple.of(account);
        return pool.preparedQuery("select endpoint_arn from push_devices where account_id = $1 and endpoint_arn is not null")
                .execute(id).map(rows -> {
                    List<String> endpoints = new ArrayList<>();
                    rows.forEach(row -> endpoints.add(row.getString(0)));
                    return endpoints;
                })
                .chain(endpoints -> Multi.createFrom().iterable(endpoints).onItem()
                        .transformToUniAndConcatenate(push::delete).collect().asList())
                .chain(() -> recent.clear(account))
                .chain(() -> pool.withTransaction(tx -> tx.preparedQuery("delete from push_devices where account_id = $1")
                        .execute(id).chain(() -> tx.preparedQuery("delete from member_erasures where account_id = $1")
                                .execute(id))))
                .invoke(() -> LOG.infof("Erasure of account %s finished: devices, push endpoints and recently viewed removed",
                        account))
                .replaceWith(true);
    }
}
