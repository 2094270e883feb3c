package io.bazaar.statistics.ingest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.bazaar.statistics.contract.EventKind;
import io.bazaar.statistics.contract.EventLine;

/** The part of a raw event the roll-ups add up. */
record StoredEvent(UUID id, EventKind kind, Instant occurredAt, UUID merchantId, UUID productId, int quantity,
        long amountMinor, String currency, List<EventLine> lines) {
}
