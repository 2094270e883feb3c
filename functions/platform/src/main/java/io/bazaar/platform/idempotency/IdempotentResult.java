package io.bazaar.platform.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A request's answer as JSON, and whether it is a replay of an earlier request with the same Idempotency-Key. */
public record IdempotentResult(String json, boolean replayed) {

    /** The 201 of a create, first time or replayed (then with {@code Idempotent-Replayed: true}): the same body. */
    public Response created() {
        return withStatus(201);
    }

    /** The 202 of work accepted to be done in the background (an export), first time or replayed: the same body. */
    public Response accepted() {
        return withStatus(202);
    }

    private Response withStatus(int status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .header(IdempotencyKey.REPLAYED_HEADER, Boolean.toString(replayed)).entity(json).build();
    }
}
