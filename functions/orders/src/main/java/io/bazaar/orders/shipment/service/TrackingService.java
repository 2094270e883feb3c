package io.bazaar.orders.shipment.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.orders.order.repository.OrderRepository;
import io.bazaar.orders.order.service.Order;
import io.bazaar.orders.order.service.OrderStatus;
import io.bazaar.orders.order.service.OrderTransitions;
import io.bazaar.orders.shipment.repository.ShipmentRepository;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * Tracking events on parcels, from staff and from carriers' signed webhooks: each recorded once (by its key), kept in
 * the order they happened whatever order they arrive in. When every parcel of a SHIPPED order has been delivered, the
 * order becomes DELIVERED through {@link OrderTransitions}, which also tells the shopper; other scans tell nobody.
 */
@ApplicationScoped
public class TrackingService {

    private static final Logger LOG = Logger.getLogger(TrackingService.class);

    /** What the carrier's webhook body looks like: {@code {"events": [...]}}. */
    public record CarrierEvents(List<CarrierEvent> events) {
    }

    private final ShipmentRepository shipments;
    private final OrderRepository orders;
    private final OrderTransitions transitions;
    private final ShippingConfig config;
    private final ObjectMapper json;
    private final Pool pool;
    private final Clock clock;

    TrackingService(ShipmentRepository shipments, OrderRepository orders, OrderTransitions transitions,
            ShippingConfig config, ObjectMapper json, Pool pool, Clock clock) {
        this.shipments = shipments;
        this.orders = orders;
        this.transitions = transitions;
        this.config = config;
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * A staff member's event on a parcel of one of the merchant's orders; with an Idempotency-Key a retry records
     * nothing more. Answers the parcel with its timeline.
     */
    public Uni<Shipment> addByStaff(UUID merchantId, String staffId, String number, UUID shipmentId, String key,
            TrackingStatus status, String description, String location, Instant occurredAt) {
        Instant now = clock.instant();
        Instant at = occurredAt == null ? now : occurredAt;
        if (at.isAfter(now.plus(config.futureTolerance()))) {
            throw ProblemException.invalid(new FieldError("occurredAt", "must not be in the future"));
        }
        String actor = "merchant-staff:" + staffId;
        TrackingEvent event = new TrackingEvent(status, blankToNull(description), blankToNull(location), at, actor,
                key == null ? null : "staff:" + key);
        return pool.withTransaction(tx -> orders.findForUpdate(tx, number).chain(found -> {
            Order order = ShipmentService.sold(found, merchantId);
            return shipments.find(tx, shipmentId).chain(shipment -> {
                if (shipment == null || !shipment.orderNumber().equals(order.number())) {
                    throw ProblemException.notFound("shipment-not-found", "Order " + number + " has no such shipment.");
                }
                return record(tx, order, shipment, event, actor, now);
            }).chain(() -> shipments.find(tx, shipmentId));
        }));
    }

    /**
     * A carrier's signed webhook: 404 for a carrier Bazaar does not know, 401 for a wrong signature, 400 for a body that
     * is not a list of well-formed events. Each event is recorded in its own transaction, on every parcel with its
     * tracking number; an unknown tracking number is answered (so the carrier stops retrying) and logged.
     */
    public Uni<List<CarrierEventResult>> fromCarrier(String carrierKey, String signature, String body) {
        ShippingConfig.Carrier carrier = config.carriers().get(carrierKey);
        if (carrier == null) {
            throw ProblemException.notFound("carrier-not-found", "Bazaar takes no webhook from carrier " + carrierKey + ".");
        }
        CarrierSignature.verify(carrier.webhookSecret(), signature, body);
        List<CarrierEvent> events = parse(body);
        String name = carrier.name().orElse(carrierKey);
        String actor = "carrier:" + carrierKey;
        return Multi.createFrom().iterable(events)
                .onItem().transformToUniAndConcatenate(e -> apply(name, actor, e))
                .collect().asList();
    }

    private Uni<CarrierEventResult> apply(String carrierName, String actor, CarrierEvent e) {
        Instant now = clock.instant();
        TrackingEvent event = new TrackingEvent(TrackingStatus.valueOf(e.status()), blankToNull(e.description()),
                blankToNull(e.location()), e.occurredAt(), actor, "carrier:" + e.id());
        return pool.withTransaction(tx -> shipments.withTracking(tx, carrierName, e.trackingNumber()).chain(parcels -> {
            if (parcels.isEmpty()) {
                LOG.warnf("Carrier %s reported event %s for tracking number %s, which no shipment has; answered and dropped",
                        carrierName, e.id(), e.trackingNumber());
                return Uni.createFrom().item(new CarrierEventResult(e.id(), "UNKNOWN_TRACKING_NUMBER"));
            }
            return Multi.createFrom().iterable(parcels)
                    .onItem().transformToUniAndConcatenate(parcel -> orders.findForUpdate(tx, parcel.orderNumber())
                            .chain(order -> record(tx, order, parcel, event, actor, now)))
                    .collect().asList()
                    .map(added -> new CarrierEventResult(e.id(), added.contains(true) ? "RECORDED" : "DUPLICATE"));
        }));
    }

    /** Records the event once; a new delivery may complete the order's delivery. True when it was new. */
    private Uni<Boolean> record(SqlClient tx, Order order, Shipment shipment, TrackingEvent event, String actor,
            Instant now) {
        return shipments.addEvent(tx, shipment.id(), event, now).call(added -> {
            if (!added || event.status() != TrackingStatus.DELIVERED || order.status() != OrderStatus.SHIPPED) {
                return Uni.createFrom().voidItem();
            }
            return shipments.allDelivered(tx, order.number()).chain(all -> !all ? Uni.createFrom().voidItem()
                    : transitions.move(tx, order, OrderStatus.DELIVERED, now, actor,
                            "every parcel delivered (last: " + shipment.carrier() + " " + shipment.trackingNumber() + ")",
                            null, null).replaceWithVoid());
        });
    }

    private List<CarrierEvent> parse(String body) {
        CarrierEvents parsed;
        try {
            parsed = json.readValue(body, CarrierEvents.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ProblemException.badRequest("malformed-webhook", "The webhook's body is not a list of tracking events.");
        }
        if (parsed == null || parsed.events() == null || parsed.events().isEmpty() || parsed.events().size() > 100) {
            throw ProblemException.badRequest("malformed-webhook", "The webhook's body must carry 1 to 100 events.");
        }
        Instant latest = clock.instant().plus(config.futureTolerance());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < parsed.events().size(); i++) {
            CarrierEvent e = parsed.events().get(i);
            String at = "events[" + i + "].";
            if (e == null) {
                errors.add(new FieldError("events[" + i + "]", "is required"));
                continue;
            }
            required(errors, at + "id", e.id(), 100);
            required(errors, at + "trackingNumber", e.trackingNumber(), 80);
            if (e.status() == null || !known(e.status())) {
                errors.add(new FieldError(at + "status", "must be IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED or EXCEPTION"));
            }
            if (e.occurredAt() == null) {
                errors.add(new FieldError(at + "occurredAt", "is required"));
            } else if (e.occurredAt().isAfter(latest)) {
                errors.add(new FieldError(at + "occurredAt", "must not be in the future"));
            }
            if (e.description() != null && e.description().length() > 200) {
                errors.add(new FieldError(at + "description", "must be at most 200 characters"));
            }
            if (e.location() != null && e.location().length() > 120) {
                errors.add(new FieldError(at + "location", "must be at most 120 characters"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.toArray(FieldError[]::new));
        }
        return parsed.events();
    }

    private static boolean known(String status) {
        return Arrays.stream(TrackingStatus.values()).anyMatch(s -> s.name().equals(status));
    }

    private static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
