package io.bazaar.orders.returns.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.order.rest.OrderLineView;
import io.bazaar.orders.returns.service.ReturnOptions;

/**
 * What the shopper may ask for on an order: {@code open} says whether a request is possible now (delivered, window
 * not closed), {@code windowEndsAt} until when, each line's {@code returnable} units, and the returns so far.
 */
public record ReturnOptionsView(String orderNumber, String currency, boolean open, @Schema(nullable = true) Instant windowEndsAt,
        List<LineView> lines, List<ReturnSummaryView> returns) {

    /** One order line and how many of its units may still be returned. */
    public record LineView(int lineNo, String productName, Map<String, String> attributes, long unitPriceMinor,
            int quantity, int returnable) {
    }

    public static ReturnOptionsView of(ReturnOptions o) {
        List<LineView> lines = new ArrayList<>();
        for (int i = 0; i < o.lines().size(); i++) {
            OrderLineView line = OrderLineView.of(o.lines().get(i), i + 1, 0);
            lines.add(new LineView(i + 1, line.productName(), line.attributes(), line.unitPriceMinor(), line.quantity(),
                    o.open() ? o.returnable().get(i) : 0));
        }
        return new ReturnOptionsView(o.orderNumber(), o.currency(), o.open(), o.windowEndsAt(), lines,
                o.returns().stream().map(ReturnSummaryView::of).toList());
    }
}
