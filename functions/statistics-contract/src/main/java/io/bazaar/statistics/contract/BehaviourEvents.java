package io.bazaar.statistics.contract;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * The one way an area records what shoppers do, for the statistics area. Request events (views, searches, cart
 * changes, checkout pages, favourites) are queued before the answer and never fail or hold up the request; the events of
 * a transaction (orders placed, paid, cancelled, refunded; reviews written) are written in it, so a rolled-back
 * checkout records nothing and a committed one cannot lose its event.
 *
 * <pre>{@code
 * pages.page(id).call(page -> events.record(BehaviourEvent.productView(visitor, page.merchantId(), id, source, now)));
 * pool.withTransaction(tx -> orders.insert(tx, order).chain(() -> events.record(tx, BehaviourEvent.orderPlaced(...))));
 * }</pre>
 */
@ApplicationScoped
public class BehaviourEvents {

    private final EventQueue queue;
    private final EventRows rows;

    BehaviourEvents(EventQueue queue, EventRows rows) {
        this.queue = queue;
        this.rows = rows;
    }

    /** Queues a request event; completes (never fails) once it is queued or kept in memory after the time-out. */
    public Uni<Void> record(BehaviourEvent event) {
        return record(List.of(event));
    }

    /** Queues request events, as {@link #record(BehaviourEvent)}. */
    public Uni<Void> record(List<BehaviourEvent> events) {
        events.forEach(e -> {
            if (e.kind().transactional()) {
                throw new IllegalArgumentException(e.kind() + " events are recorded in their transaction");
            }
        });
        return queue.send(events);
    }

    /** Writes the events in the caller's transaction {@code tx} (an event already stored is skipped). */
    public Uni<Void> record(SqlClient tx, List<BehaviourEvent> events) {
        return rows.insert(tx, events).replaceWithVoid();
    }

    /** Writes one event in the caller's transaction, as {@link #record(SqlClient, List)}. */
    public Uni<Void> record(SqlClient tx, BehaviourEvent event) {
        return record(tx, List.of(event));
    }
}
