package io.bazaar.orders.shipment.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.orders.OrdersConfig;
import io.bazaar.orders.notification.service.NotificationKind;
import io.bazaar.orders.notification.service.NotificationOutbox;
import io.bazaar.orders.order.repository.OrderRepository;
import io.bazaar.orders.order.service.Order;
import io.bazaar.orders.order.service.OrderLine;
import io.bazaar.orders.order.service.OrderStatus;
import io.bazaar.orders.order.service.OrderTransitions;
import io.bazaar.orders.refund.repository.RefundRepository;
import io.bazaar.orders.shipment.repository.ShipmentRepository;
import io.bazaar.orders.shipment.rest.ShipmentView;
import io.bazaar.platform.crypto.Sha256;
import io.bazaar.platform.idempotency.IdempotentRequests;
import io.bazaar.platform.idempotency.IdempotentResult;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * Ships a paid order in one parcel or several: never more units than were bought and not refunded, only the order's own
 * lines, only paid orders. The parcel that leaves nothing more to ship moves the order to SHIPPED (through
 * {@link OrderTransitions}, the one writer of order status); an earlier parcel leaves it PAID and tells the shopper that
 * part of the order is on its way.
 */
@ApplicationScoped
public class ShipmentService {

    private final ShipmentRepository shipments;
    private final OrderRepository orders;
    private final RefundRepository refunds;
    private final OrderTransitions transitions;
    private final NotificationOutbox outbox;
    private final IdempotentRequests idempotent;
    private final OrdersConfig config;
    private final ObjectMapper json;
    private final Pool pool;
    private final Clock clock;

    ShipmentService(ShipmentRepository shipments, OrderRepository orders, RefundRepository refunds,
            OrderTransitions transitions, NotificationOutbox outbox, IdempotentRequests idempotent, OrdersConfig config,
            ObjectMapper json, Pool pool, Clock clock) {
        this.shipments = shipments;
        this.orders = orders;
        this.refunds = refunds;
        this.transitions = transitions;
        this.outbox = outbox;
        this.idempotent = idempotent;
        this.config = config;
        this.json = json;
        this.pool = pool;
        this.clock = clock;
    }

    /** One parcel once per Idempotency-Key of the staff member: a retry gets the same shipment (201 replayed). */
    public Uni<IdempotentResult> shipOnce(UUID merchantId, String staffId, String number, String key, Parcel parcel) {
        checkShape(parcel);
        String scope = "shipment#" + staffId + "#" + number + "#" + key;
        UUID id = UUID.nameUUIDFromBytes(scope.getBytes(StandardCharsets.UTF_8));
        return idempotent.once(scope, Sha256.hex(number + "\n" + write(parcel)), config.idempotencyTtl(),
                committed -> ship(merchantId, "merchant-staff:" + staffId, number, id, parcel)
                        .invoke(() -> committed.set(true))
                        .map(shipment -> write(ShipmentView.of(shipment))));
    }

    /**
     * Puts the parcel's units on a new shipment in one transaction under the order's row lock.
     *
     * @param actor who ships, as history records it ({@code merchant-staff:<id>})
     */
    public Uni<Shipment> ship(UUID merchantId, String actor, String number, UUID id, Parcel parcel) {
        checkShape(parcel);
        Instant now = clock.instant();
        return pool.withTransaction(tx -> orders.findForUpdate(tx, number).chain(found -> {
            Order order = sold(found, merchantId);
            if (order.status() != OrderStatus.PAID) {
                throw ProblemException.conflict("invalid-transition", "Order " + number + " is " + order.status()
                        + "; only paid orders can be shipped.");
            }
            return orders.lines(tx, number).chain(lines -> shipments.shippedUnits(tx, number)
                    .chain(shipped -> refunds.refundedUnits(tx, number).chain(refunded -> {
                        List<ShipmentLine> units = plan(number, lines, shipped, refunded, parcel);
                        Shipment shipment = new Shipment(id, number, merchantId, parcel.carrier(), parcel.trackingNumber(),
                                now, actor, units, List.of());
                        boolean last = nothingLeft(lines, shipped, refunded, units);
                        return shipments.insert(tx, shipment)
                                .chain(() -> last
                                        ? transitions.move(tx, order, OrderStatus.SHIPPED, now, actor,
                                                "shipped with " + parcel.carrier(), parcel.carrier(), parcel.trackingNumber())
                                                .replaceWithVoid()
                                        : orders.recordParcel(tx, number, parcel.carrier(), parcel.trackingNumber(), now)
                                                .chain(() -> orders.find(tx, number))
                                                .chain(updated -> outbox.enqueue(tx, updated, NotificationKind.PART_SHIPPED, now)))
                                .replaceWith(shipment);
                    })));
        }));
    }

    /**
     * After a partial refund, in its transaction: a PAID order whose parcels already carry every unit not refunded has
     * nothing more to ship, so it becomes SHIPPED (its delivery and completion clocks start).
     */
    public Uni<Void> shipIfNothingLeft(SqlClient tx, Order order, Instant at, String actor) {
        if (order.status() != OrderStatus.PAID) {
            return Uni.createFrom().voidItem();
        }
        return orders.lines(tx, order.number()).chain(lines -> shipments.shippedUnits(tx, order.number())
                .chain(shipped -> refunds.refundedUnits(tx, order.number()).chain(refunded -> {
                    if (shipped.isEmpty() || !nothingLeft(lines, shipped, refunded, List.of())) {
                        return Uni.createFrom().voidItem();
                    }
                    return transitions.move(tx, order, OrderStatus.SHIPPED, at, actor,
                            "the units not refunded have all shipped", null, null).replaceWithVoid();
                })));
    }

    /** The parcels of one of the merchant's orders. */
    public Uni<List<Shipment>> ofMerchant(UUID merchantId, String number) {
        return orders.find(number).chain(order -> {
            sold(order, merchantId);
            return shipments.ofOrder(number);
        });
    }

    /** What this parcel carries, line by line; 409 when nothing is left, 422 for a line or quantity the order lacks. */
    private static List<ShipmentLine> plan(String number, List<OrderLine> lines, Map<Integer, Integer> shipped,
            Map<Integer, Integer> refunded, Parcel parcel) {
        List<ShipmentLine> units = new ArrayList<>();
        if (parcel.lines() == null || parcel.lines().isEmpty()) {
            for (int no = 1; no <= lines.size(); no++) {
                int left = left(lines, shipped, refunded, no);
                if (left > 0) {
                    units.add(new ShipmentLine(no, left));
                }
            }
            if (units.isEmpty()) {
                throw ProblemException.conflict("nothing-to-ship", "Every unit of order " + number
                        + " has been shipped or refunded.");
            }
            return units;
        }
        for (Parcel.Wanted wanted : parcel.lines()) {
            if (wanted.lineNo() < 1 || wanted.lineNo() > lines.size()) {
                throw ProblemException.unprocessable("unknown-order-line", "Order " + number + " has no line "
                        + wanted.lineNo() + ".");
            }
            int left = left(lines, shipped, refunded, wanted.lineNo());
            int quantity = wanted.quantity() == null ? left : wanted.quantity();
            if (left == 0 || quantity > left) {
                throw ProblemException.unprocessable("ship-exceeds-quantity", "Line " + wanted.lineNo() + " of order "
                        + number + " has " + left + " unit(s) left to ship, not " + quantity + ".");
            }
            units.add(new ShipmentLine(wanted.lineNo(), quantity));
        }
        units.sort(Comparator.comparingInt(ShipmentLine::lineNo));
        return units;
    }

    private static boolean nothingLeft(List<OrderLine> lines, Map<Integer, Integer> shipped, Map<Integer, Integer> refunded,
            List<ShipmentLine> now) {
        for (int no = 1; no <= lines.size(); no++) {
            int line = no;
            int inParcel = now.stream().filter(u -> u.lineNo() == line).mapToInt(ShipmentLine::quantity).sum();
            if (left(lines, shipped, refunded, no) - inParcel > 0) {
                return false;
            }
        }
        return true;
    }

    /** Units of a line neither shipped nor refunded. */
    private static int left(List<OrderLine> lines, Map<Integer, Integer> shipped, Map<Integer, Integer> refunded, int no) {
        return Math.max(0, lines.get(no - 1).quantity() - shipped.getOrDefault(no, 0) - refunded.getOrDefault(no, 0));
    }

    /** 400 for what no order could accept: a blank carrier or tracking number, a line twice, a quantity below 1. */
    private static void checkShape(Parcel parcel) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "carrier", parcel.carrier(), 60);
        text(errors, "trackingNumber", parcel.trackingNumber(), 80);
        if (parcel.lines() != null) {
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < parcel.lines().size(); i++) {
                Parcel.Wanted wanted = parcel.lines().get(i);
                if (wanted == null) {
                    errors.add(new FieldError("lines[" + i + "]", "is required"));
                    continue;
                }
                if (!seen.add(wanted.lineNo())) {
                    errors.add(new FieldError("lines[" + i + "].lineNo", "appears twice"));
                }
                if (wanted.quantity() != null && wanted.quantity() < 1) {
                    errors.add(new FieldError("lines[" + i + "].quantity", "must be at least 1"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.toArray(FieldError[]::new));
        }
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    static Order sold(Order order, UUID merchantId) {
        if (order == null || !order.merchantId().equals(merchantId)) {
            throw ProblemException.notFound("order-not-found", "There is no such order.");
        }
        return order;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a shipment always serialises", e);
        }
    }
}
