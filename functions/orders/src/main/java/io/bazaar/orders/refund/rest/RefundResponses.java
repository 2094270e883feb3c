package io.bazaar.orders.refund.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.bazaar.platform.idempotency.IdempotencyKey;
import io.bazaar.platform.idempotency.IdempotentResult;

/** The 201 of a refund, first time or replayed (then with Idempotent-Replayed: true), for every refund endpoint. */
public final class RefundResponses {

    private RefundResponses() {
    }

    public static Response created(IdempotentResult outcome) {
        return Response.status(201).type(MediaType.APPLICATION_JSON)
                .header(IdempotencyKey.REPLAYED_HEADER, Boolean.toString(outcome.replayed())).entity(outcome.json()).build();
    }
}
