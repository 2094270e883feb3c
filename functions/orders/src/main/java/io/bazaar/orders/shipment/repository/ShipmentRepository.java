package io.bazaar.orders.shipment.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.shipment.service.Shipment;
import io.bazaar.orders.shipment.service.ShipmentLine;
import io.bazaar.orders.shipment.service.TrackingEvent;
import io.bazaar.orders.shipment.service.TrackingStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of shipments, the units they carry and their tracking events. */
@ApplicationScoped
public class ShipmentRepository {

    private static final String COLUMNS = "id, order_number, merchant_id, carrier, tracking_number, created_at, created_by";

    private final Pool pool;

    ShipmentRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> insert(SqlClient tx, Shipment s) {
        return tx.preparedQuery("insert into shipments (" + COLUMNS + ") values ($1, $2, $3, $4, $5, $6, $7)")
                .execute(Tuple.from(Arrays.asList(s.id(), s.orderNumber(), s.merchantId(), s.carrier(), s.trackingNumber(),
                        utc(s.createdAt()), s.createdBy())))
                .chain(() -> tx.preparedQuery("insert into shipment_lines (shipment_id, order_number, line_no, quantity) "
                        + "values ($1, $2, $3, $4)").executeBatch(s.lines().stream()
                                .map(l -> Tuple.of(s.id(), s.orderNumber(), l.lineNo(), l.quantity())).toList()))
                .replaceWithVoid();
    }

    /** Units shipped so far per line number. */
    public Uni<Map<Integer, Integer>> shippedUnits(SqlClient client, String orderNumber) {
        return client.preparedQuery("select line_no, sum(quantity)::int as units from shipment_lines where order_number = $1 "
                + "group by line_no").execute(Tuple.of(orderNumber)).map(rows -> {
                    Map<Integer, Integer> units = new HashMap<>();
                    rows.forEach(row -> units.put(row.getInteger("line_no"), row.getInteger("units")));
                    return units;
                });
    }

    /** The order's parcels, oldest first, with their lines and events (by time). */
    public Uni<List<Shipment>> ofOrder(SqlClient client, String orderNumber) {
        return client.preparedQuery("select " + COLUMNS + " from shipments where order_number = $1 order by created_at, id")
                .execute(Tuple.of(orderNumber)).map(ShipmentRepository::all).chain(list -> details(client, list));
    }

    public Uni<List<Shipment>> ofOrder(String orderNumber) {
        return ofOrder(pool, orderNumber);
    }

    public Uni<Shipment> find(SqlClient client, UUID id) {
        return client.preparedQuery("select " + COLUMNS + " from shipments where id = $1").execute(Tuple.of(id))
                .map(ShipmentRepository::all)
                .chain(list -> details(client, list))
                .map(list -> list.isEmpty() ? null : list.get(0));
    }

    /** The parcels the carrier knows under this tracking number (one parcel may carry several orders), oldest first. */
    public Uni<List<Shipment>> withTracking(SqlClient client, String carrierName, String trackingNumber) {
        return client.preparedQuery("select " + COLUMNS + " from shipments where tracking_number = $1 and lower(carrier) = $2 "
                + "order by created_at, id").execute(Tuple.of(trackingNumber, carrierName.toLowerCase(Locale.ROOT)))
                .map(ShipmentRepository::all);
    }

    /** Records the event; false when the parcel already has an event with this key (a retried delivery). */
    public Uni<Boolean> addEvent(SqlClient tx, UUID shipmentId, TrackingEvent e, Instant recordedAt) {
        return tx.preparedQuery("insert into shipment_events (shipment_id, status, description, location, occurred_at, "
                + "source, event_key, recorded_at) values ($1, $2, $3, $4, $5, $6, $7, $8) "
                + "on conflict (shipment_id, event_key) do nothing")
                .execute(Tuple.from(Arrays.asList(shipmentId, e.status().name(), e.description(), e.location(),
                        utc(e.occurredAt()), e.source(), e.eventKey(), utc(recordedAt))))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Whether every parcel of the order has been reported delivered (false for an order without parcels). */
    public Uni<Boolean> allDelivered(SqlClient tx, String orderNumber) {
        return tx.preparedQuery("select count(*) > 0 and bool_and(exists (select 1 from shipment_events e "
                + "where e.shipment_id = s.id and e.status = 'DELIVERED')) from shipments s where s.order_number = $1")
                .execute(Tuple.of(orderNumber)).map(rows -> rows.iterator().next().getBoolean(0));
    }

    private Uni<List<Shipment>> details(SqlClient client, List<Shipment> list) {
        if (list.isEmpty()) {
            return Uni.createFrom().item(list);
        }
        UUID[] ids = list.stream().map(Shipment::id).toArray(UUID[]::new);
        return client.preparedQuery("select shipment_id, line_no, quantity from shipment_lines where shipment_id = any($1) "
                + "order by line_no").execute(Tuple.of(ids)).chain(lineRows -> client.preparedQuery(
                        "select shipment_id, status, description, location, occurred_at, source, event_key "
                                + "from shipment_events where shipment_id = any($1) order by occurred_at, id")
                        .execute(Tuple.of(ids)).map(eventRows -> {
                            Map<UUID, List<ShipmentLine>> lines = new LinkedHashMap<>();
                            Map<UUID, List<TrackingEvent>> events = new LinkedHashMap<>();
                            lineRows.forEach(row -> lines.computeIfAbsent(row.getUUID("shipment_id"), k -> new ArrayList<>())
                                    .add(new ShipmentLine(row.getInteger("line_no"), row.getInteger("quantity"))));
                            eventRows.forEach(row -> events.computeIfAbsent(row.getUUID("shipment_id"), k -> new ArrayList<>())
                                    .add(new TrackingEvent(TrackingStatus.valueOf(row.getString("status")),
                                            row.getString("description"), row.getString("location"),
                                            row.getOffsetDateTime("occurred_at").toInstant(), row.getString("source"),
                                            row.getString("event_key"))));
                            return list.stream().map(s -> s.withDetails(lines.getOrDefault(s.id(), List.of()),
                                    events.getOrDefault(s.id(), List.of()))).toList();
                        }));
    }

    private static List<Shipment> all(RowSet<Row> rows) {
        List<Shipment> list = new ArrayList<>();
        rows.forEach(row -> list.add(new Shipment(row.getUUID("id"), row.getString("order_number"), row.getUUID("merchant_id"),
                row.getString("carrier"), row.getString("tracking_number"), row.getOffsetDateTime("created_at").toInstant(),
                row.getString("created_by"), List.of(), List.of())));
        return list;
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
