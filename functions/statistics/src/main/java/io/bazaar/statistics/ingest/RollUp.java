package io.bazaar.statistics.ingest;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.contract.ShopCard;
import io.bazaar.identity.contract.ShopDirectory;
import io.bazaar.statistics.StatisticsConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Adds raw events into the daily roll-ups, each on its own day in its shop's time zone, and marks them counted in the
 * same transaction: an event is added once however often this runs, and a late one lands in the day it happened.
 */
@ApplicationScoped
public class RollUp {

    private final Pool pool;
    private final RawEventRepository raw;
    private final RollUpRepository rollUps;
    private final ShopDirectory shops;
    private final StatisticsConfig config;
    private final Clock clock;

    RollUp(Pool pool, RawEventRepository raw, RollUpRepository rollUps, ShopDirectory shops, StatisticsConfig config,
            Clock clock) {
        this.pool = pool;
        this.raw = raw;
        this.rollUps = rollUps;
        this.shops = shops;
        this.config = config;
        this.clock = clock;
    }

    /** Adds batches until none is left or the deadline passes; completes with how many events were added. */
    public Uni<Integer> untilDone(Instant deadline) {
        return batch().chain(added -> added < config.rollUpBatch() || !clock.instant().isBefore(deadline)
                ? Uni.createFrom().item(added)
                : untilDone(deadline).map(more -> added + more));
    }

    /** Adds one batch of the oldest uncounted events; completes with its size. */
    Uni<Integer> batch() {
        return pool.withTransaction(tx -> raw.uncounted(tx, config.rollUpBatch()).chain(events -> {
            if (events.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            Set<UUID> merchants = new HashSet<>();
            events.stream().map(StoredEvent::merchantId).filter(Objects::nonNull).forEach(merchants::add);
            return shops.cards(tx, merchants).chain(cards -> {
                DayTotals totals = new DayTotals();
                events.forEach(e -> totals.add(e, dayOf(e, cards)));
                List<UUID> ids = events.stream().map(StoredEvent::id).toList();
                return rollUps.add(tx, totals).chain(() -> raw.markCounted(tx, ids)).replaceWith(events.size());
            });
        }));
    }

    private static LocalDate dayOf(StoredEvent e, Map<UUID, ShopCard> cards) {
        ShopCard card = e.merchantId() == null ? null : cards.get(e.merchantId());
        return LocalDate.ofInstant(e.occurredAt(), zoneOf(card));
    }

    /** The shop's time zone; a shop unknown to identity, or with a zone Java does not know, counts in the default. */
    static ZoneId zoneOf(ShopCard card) {
        try {
            return ZoneId.of(card == null ? ShopDirectory.DEFAULT_TIME_ZONE : card.timeZone());
        } catch (DateTimeException unknown) {
            return ZoneId.of(ShopDirectory.DEFAULT_TIME_ZONE);
        }
    }
}
