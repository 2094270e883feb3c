package io.bazaar.statistics.support;

import static io.bazaar.orders.support.Shop.sql;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.bazaar.orders.support.Shop;
import io.bazaar.statistics.contract.BehaviourEvent;
import io.bazaar.statistics.contract.BehaviourEvents;
import io.bazaar.statistics.ingest.StatisticsIngestJob;
import io.quarkus.arc.Arc;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The statistics tests' fixtures: shops with a time zone (identity's rows, as its shop settings write them), events
 * recorded through the real contract (queue or transaction), and the ingest job run as EventBridge would run it.
 */
public final class Figures {

    private Figures() {
    }

    /** A new shop in this time zone. */
    public static UUID shop(String timeZone) {
        UUID id = UUID.randomUUID();
        sql("insert into merchants (id, name) values ($1, $2)", Tuple.of(id, "Shop " + id));
        sql("insert into shop_profiles (merchant_id, time_zone) values ($1, $2)", Tuple.of(id, timeZone));
        return id;
    }

    /** A token of the shop's staff with the statistics permission. */
    public static String analyst(UUID merchantId) {
        return Shop.staffToken(merchantId, "statistics");
    }

    /** One round of statistics-ingest: the queue drained into the raw table, everything rolled up. */
    public static void ingest() {
        Arc.container().instance(StatisticsIngestJob.class).get().run().await().atMost(Duration.ofSeconds(60));
    }

    /** Queues request events through the contract, as the catalog and cart do. */
    public static void queue(BehaviourEvent... events) {
        Arc.container().instance(BehaviourEvents.class).get().record(List.of(events)).await().atMost(Duration.ofSeconds(10));
    }

    /** Writes events in a transaction of their own through the contract, as orders and reviews do in theirs. */
    public static void inTransaction(BehaviourEvent... events) {
        BehaviourEvents recorder = Arc.container().instance(BehaviourEvents.class).get();
        pool().withTransaction(tx -> recorder.record(tx, List.of(events))).await().atMost(Duration.ofSeconds(10));
    }

    public static Pool pool() {
        return Arc.container().instance(Pool.class).get();
    }

    /** Today in the zone, as the roll-ups count it. */
    public static LocalDate today(String zone) {
        return LocalDate.now(ZoneId.of(zone));
    }
}
