package io.bazaar.orders.payment.service;

/** The provider's answer to a refund: its own id for it and whether the money is on its way (SUCCEEDED) or PENDING. */
public record RefundReceipt(String providerReference, String status) {
}
