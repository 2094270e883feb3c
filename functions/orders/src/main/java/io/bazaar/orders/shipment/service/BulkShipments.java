package io.bazaar.orders.shipment.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.orders.OrdersConfig;
import io.bazaar.orders.order.repository.OrderRepository;
import io.bazaar.orders.shipment.rest.BulkShipmentView;
import io.bazaar.orders.shipment.service.CsvRows.CsvRow;
import io.bazaar.platform.crypto.Sha256;
import io.bazaar.platform.idempotency.IdempotentRequests;
import io.bazaar.platform.idempotency.IdempotentResult;
import io.bazaar.platform.problem.Problem;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Ships many orders from one CSV ({@code order_number,carrier,tracking_number[,lines]}), once per Idempotency-Key: each
 * row on its own, in its own transaction, through {@link ShipmentService#ship}, so one bad row never stops the others
 * and every row gets its answer. The optional lines cell lists line numbers ({@code 1;3}) or line:quantity pairs
 * ({@code 1:2;3}); without it the row ships everything still to ship. Another merchant's order is "not found".
 */
@ApplicationScoped
public class BulkShipments {

    private static final Logger LOG = Logger.getLogger(BulkShipments.class);

    private final ShipmentService shipments;
    private final OrderRepository orders;
    private final IdempotentRequests idempotent;
    private final ShippingConfig config;
    private final OrdersConfig ordersConfig;
    private final ObjectMapper json;

    BulkShipments(ShipmentService shipments, OrderRepository orders, IdempotentRequests idempotent, ShippingConfig config,
            OrdersConfig ordersConfig, ObjectMapper json) {
        this.shipments = shipments;
        this.orders = orders;
        this.idempotent = idempotent;
        this.config = config;
        this.ordersConfig = ordersConfig;
        this.json = json;
    }

    /**
     * 413 csv-too-large beyond {@code bulk-max-bytes} or {@code bulk-max-rows}, 400 malformed-csv for unreadable CSV or
     * no data rows; otherwise the per-row results (replayed for a retry with the same key and the same file).
     */
    public Uni<IdempotentResult> ship(UUID merchantId, String staffId, String key, String csv) {
        if (csv.getBytes(StandardCharsets.UTF_8).length > config.bulkMaxBytes()) {
            throw tooLarge("The CSV is larger than " + config.bulkMaxBytes() + " bytes; split it into smaller files.");
        }
        List<CsvRow> rows = new ArrayList<>(CsvRows.parse(csv).stream().filter(r -> !r.blank()).toList());
        if (!rows.isEmpty() && rows.get(0).cells().get(0).strip().toLowerCase(Locale.ROOT).equals("order_number")) {
            rows.remove(0);
        }
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("malformed-csv", "The CSV has no rows to ship.");
        }
        if (rows.size() > config.bulkMaxRows()) {
            throw tooLarge("The CSV has " + rows.size() + " rows; at most " + config.bulkMaxRows() + " are taken at once.");
        }
        String scope = "bulk-shipments#" + merchantId + "#" + key;
        return idempotent.once(scope, Sha256.hex(csv), ordersConfig.idempotencyTtl(), committed -> {
            // rows commit one by one: once the first may have, the key is never freed
            committed.set(true);
            return Multi.createFrom().iterable(rows)
                    .onItem().transformToUniAndConcatenate(row -> shipRow(merchantId, staffId, scope, row))
                    .collect().asList()
                    .map(results -> write(new BulkShipmentView((int) results.stream().filter(BulkShipmentView.Row::ok).count(),
                            (int) results.stream().filter(r -> !r.ok()).count(), results)));
        });
    }

    private Uni<BulkShipmentView.Row> shipRow(UUID merchantId, String staffId, String scope, CsvRow row) {
        String number = cell(row, 0);
        Parcel parcel;
        try {
            parcel = parcel(row);
        } catch (ProblemException e) {
            return Uni.createFrom().item(failed(row, number, e));
        }
        UUID id = UUID.nameUUIDFromBytes((scope + "#" + row.line()).getBytes(StandardCharsets.UTF_8));
        return shipments.ship(merchantId, "merchant-staff:" + staffId, number, id, parcel)
                .chain(shipment -> orders.find(number))
                .map(order -> new BulkShipmentView.Row(row.line(), number, true, id, order.status().name(), null, null, null))
                .onFailure().recoverWithItem(failure -> {
                    if (failure instanceof ProblemException problem) {
                        return failed(row, number, problem);
                    }
                    LOG.errorf(failure, "Bulk shipping row %d (order %s) failed", row.line(), number);
                    return new BulkShipmentView.Row(row.line(), number, false, null, null, Problem.TYPE_BASE + "row-failed",
                            500, "This row could not be shipped; try it again.");
                });
    }

    /** The row's parcel; 400 invalid-row for a missing cell, too many cells or lines that are not numbers. */
    private static Parcel parcel(CsvRow row) {
        if (row.cells().size() < 3 || row.cells().size() > 4) {
            throw invalidRow("expected order_number,carrier,tracking_number[,lines], found " + row.cells().size() + " cells");
        }
        String number = cell(row, 0);
        String carrier = cell(row, 1);
        String tracking = cell(row, 2);
        if (number.isEmpty() || carrier.isEmpty() || tracking.isEmpty()) {
            throw invalidRow("order_number, carrier and tracking_number are required");
        }
        if (number.length() > 24 || carrier.length() > 60 || tracking.length() > 80) {
            throw invalidRow("order_number is at most 24 characters, carrier 60, tracking_number 80");
        }
        List<Parcel.Wanted> lines = new ArrayList<>();
        String spec = cell(row, 3);
        if (!spec.isEmpty()) {
            for (String part : spec.split("[;\\s]+")) {
                if (!part.matches("[1-9][0-9]{0,3}(:[1-9][0-9]{0,5})?")) {
                    throw invalidRow("lines must be line numbers or line:quantity pairs separated by ';', not '" + part + "'");
                }
                String[] noAndQuantity = part.split(":");
                Parcel.Wanted wanted = new Parcel.Wanted(Integer.parseInt(noAndQuantity[0]),
                        noAndQuantity.length == 2 ? Integer.valueOf(noAndQuantity[1]) : null);
                if (lines.stream().anyMatch(l -> l.lineNo() == wanted.lineNo())) {
                    throw invalidRow("line " + wanted.lineNo() + " appears twice");
                }
                lines.add(wanted);
            }
        }
        return new Parcel(carrier, tracking, lines);
    }

    private static String cell(CsvRow row, int i) {
        return row.cells().size() > i ? row.cells().get(i).strip() : "";
    }

    private static BulkShipmentView.Row failed(CsvRow row, String number, ProblemException e) {
        String message = e.getMessage();
        if (!e.errors().isEmpty()) {
            message = String.join("; ", e.errors().stream().map(f -> f.field() + " " + f.message()).toList());
        }
        return new BulkShipmentView.Row(row.line(), number.isEmpty() ? null : number, false, null, null,
                Problem.TYPE_BASE + e.type(), e.status(), message);
    }

    private static ProblemException invalidRow(String detail) {
        return ProblemException.badRequest("invalid-row", detail + ".");
    }

    private static ProblemException tooLarge(String detail) {
        return new ProblemException(413, "csv-too-large", "Content too large", detail);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bulk results always serialise", e);
        }
    }
}
