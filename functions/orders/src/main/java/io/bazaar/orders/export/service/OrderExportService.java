package io.bazaar.orders.export.service;

import java.net.URL;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.orders.OrdersConfig;
import io.bazaar.orders.export.repository.OrderExportRepository;
import io.bazaar.orders.export.rest.OrderExportView;
import io.bazaar.orders.order.service.OrderQuery;
import io.bazaar.platform.crypto.Sha256;
import io.bazaar.platform.idempotency.IdempotentRequests;
import io.bazaar.platform.idempotency.IdempotentResult;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * What merchant staff do with exports: ask for one (the list's query, a format; once per Idempotency-Key), follow it,
 * list theirs and fetch the file through a short-lived presigned URL. Another merchant's export is "not found" (404).
 */
@ApplicationScoped
public class OrderExportService {

    private final OrderExportRepository exports;
    private final OrderExportWorker worker;
    private final S3Presigner presigner;
    private final IdempotentRequests idempotent;
    private final ExportsConfig config;
    private final OrdersConfig orders;
    private final ObjectMapper json;
    private final Clock clock;

    OrderExportService(OrderExportRepository exports, OrderExportWorker worker, S3Presigner presigner,
            IdempotentRequests idempotent, ExportsConfig config, OrdersConfig orders, ObjectMapper json, Clock clock) {
        this.exports = exports;
        this.worker = worker;
        this.presigner = presigner;
        this.idempotent = idempotent;
        this.config = config;
        this.orders = orders;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Queues an export once per staff member and Idempotency-Key: a retry with the same format and query answers the
     * export queued first (as it was queued), the same key with another request is a 422 {@code idempotency-key-reused}.
     */
    public Uni<IdempotentResult> request(UUID merchantId, UUID staffId, String key, ExportFormat format, OrderQuery query) {
        String hash = Sha256.hex(format.name() + "\n" + write(query));
        String scope = "order-export#" + merchantId + "#" + staffId + "#" + key;
        return idempotent.once(scope, hash, orders.idempotencyTtl(), committed -> queue(merchantId, staffId, format, query)
                .invoke(() -> committed.set(true))
                .map(export -> write(OrderExportView.of(export, null))));
    }

    /** Queues an export of the merchant's orders matching the query; 409 while the merchant has too many running. */
    private Uni<OrderExport> queue(UUID merchantId, UUID staffId, ExportFormat format, OrderQuery query) {
        return exports.active(merchantId, clock.instant()).chain(active -> {
            if (active >= config.maxActive()) {
                throw ProblemException.conflict("exports-busy", "There are already " + active
                        + " exports of your orders on the way; wait for one to finish.");
            }
            OrderExport export = new OrderExport(UUID.randomUUID(), merchantId, staffId, format, query, ExportState.QUEUED,
                    null, 0, 0, null, null, null, null, 0, clock.instant(), null, null, null);
            return exports.insert(export).replaceWith(export);
        }).invoke(export -> {
            if (config.runOnCreate()) {
                worker.kick();
            }
        });
    }

    public Uni<OrderExport> get(UUID merchantId, UUID id) {
        return exports.find(merchantId, id).map(export -> {
            if (export == null) {
                throw ProblemException.notFound("export-not-found", "There is no such export.");
            }
            return export;
        });
    }

    public Uni<List<OrderExport>> list(UUID merchantId, int limit) {
        return exports.ofMerchant(merchantId, limit);
    }

    /** A link that downloads the export's file for {@code url-ttl}; null while it is not (or no longer) there. */
    public URL downloadUrl(OrderExport export) {
        if (!export.downloadable(clock.instant())) {
            return null;
        }
        return presigner.presignGetObject(p -> p.signatureDuration(config.urlTtl())
                .getObjectRequest(g -> g.bucket(config.bucket()).key(export.objectKey()))).url();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an export and its query are always JSON", e);
        }
    }
}
