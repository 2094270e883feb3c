package io.bazaar.orders.order.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.type.TypeReference;

import io.bazaar.orders.address.rest.AddressInput;
import io.bazaar.orders.order.service.MerchantOrderPage;
import io.bazaar.orders.order.service.MerchantOrder;

/** An order in the merchant's list: state, money, who bought it (masked) and where it goes. */
public record MerchantOrderSummaryView(String orderNumber, String status, String paymentStatus, String currency,
        long itemsMinor, long discountMinor, long shippingMinor, long totalMinor, long refundedMinor, Instant createdAt,
        @Schema(nullable = true) Instant paidAt, @Schema(nullable = true) Instant shippedAt,
        @Schema(nullable = true, description = "The customer's e-mail address, masked") String customerEmail,
        @Schema(nullable = true, description = "The customer's phone number, masked") String customerPhone,
        String recipientName, String recipientCountry, String recipientCity,
        @Schema(nullable = true) String carrier, @Schema(nullable = true) String trackingNumber) {

    private static final TypeReference<AddressInput> SHIP_TO = new TypeReference<>() { };

    public static MerchantOrderSummaryView of(MerchantOrderPage.Entry entry) {
        MerchantOrder o = entry.order();
        AddressInput to = JsonText.read(o.shipToJson(), SHIP_TO);
        return new MerchantOrderSummaryView(o.number(), o.status().name(), o.paymentState().name(), o.currency(),
                o.itemsMinor(), o.discountMinor(), o.shippingMinor(), o.totalMinor(), o.refundedMinor(), o.createdAt(),
                o.paidAt(), o.shippedAt(), entry.customer().email(), entry.customer().phone(), to.name(), to.country(),
                to.city(), o.carrier(), o.trackingNumber());
    }
}
