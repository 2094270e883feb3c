package io.bazaar.orders.payment.service;

/** The provider's handle on an opened payment and the page the customer pays on. */
public record PaymentSession(String providerReference, String redirectUrl) {
}
