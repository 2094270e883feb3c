package io.bazaar.orders.returns.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.order.rest.OrderLineView;
import io.bazaar.orders.returns.service.OrderReturn;
import io.bazaar.orders.returns.service.ReturnChange;
import io.bazaar.orders.returns.service.ReturnDetails;
import io.bazaar.orders.returns.service.ReturnLine;

/** One return with its lines (as bought) and its timeline, for the shopper, the merchant and the admin alike. */
public record ReturnView(UUID returnId, String orderNumber, UUID merchantId,
        @Schema(nullable = true, description = "The shop's name, for the platform admin (null elsewhere, or when the "
                + "shop is gone)") String shopName,
        String kind, String status, String reason,
        String details, String currency, @Schema(nullable = true) String rejectReason,
        @Schema(nullable = true) String carrier, @Schema(nullable = true) String trackingNumber,
        @Schema(nullable = true) UUID refundId, @Schema(nullable = true) Long refundAmountMinor, Instant createdAt,
        Instant updatedAt, List<LineView> lines, List<PhotoView> photos, List<HistoryView> history) {

    /** A photo of the return; its URL expires (bazaar.orders.return-photo-url-ttl). */
    public record PhotoView(UUID photoId, String url) {
    }

    /** Units of one order line in the return; resellable once the merchant has recorded the goods received. */
    public record LineView(int lineNo, String productName, Map<String, String> attributes, long unitPriceMinor,
            int quantity, @Schema(nullable = true) Boolean resellable) {
    }

    /** One status change. */
    public record HistoryView(@Schema(nullable = true) String from, String to, Instant at, String by,
            @Schema(nullable = true) String note) {

        static HistoryView of(ReturnChange c) {
            return new HistoryView(c.from() == null ? null : c.from().name(), c.to().name(), c.at(), c.by(), c.note());
        }
    }

    public static ReturnView of(ReturnDetails details) {
        return of(details, null);
    }

    public static ReturnView of(ReturnDetails details, String shopName) {
        OrderReturn r = details.ret();
        List<LineView> lines = r.lines().stream().map(l -> line(l, OrderLineView.of(details.orderLines().get(l.lineNo() - 1), l.lineNo(), 0)))
                .toList();
        return new ReturnView(r.id(), r.orderNumber(), r.merchantId(), shopName, r.kind().name(), r.status().name(), r.reason().name(),
                r.details(), r.currency(), r.rejectReason(), r.carrier(), r.trackingNumber(), r.refundId(),
                r.refundAmountMinor(), r.createdAt(), r.updatedAt(), lines,
                details.photos().stream().map(p -> new PhotoView(p.id(), p.url())).toList(),
                details.history().stream().map(HistoryView::of).toList());
    }

    private static LineView line(ReturnLine l, OrderLineView bought) {
        return new LineView(l.lineNo(), bought.productName(), bought.attributes(), bought.unitPriceMinor(), l.quantity(),
                l.resellable());
    }
}
