package io.bazaar.orders.returns.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.returns.repository.ReturnRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * Whether an order must wait before it completes: while one of its returns has not ended, the return window stays
 * open for it (and no points are posted). Locks the order row first, as a new return does, so a return asked for at
 * the last moment and the completion job never both win: the later statement sees what the other committed.
 */
@ApplicationScoped
public class OpenReturns {

    private final ReturnRepository returns;

    OpenReturns(ReturnRepository returns) {
        this.returns = returns;
    }

    /** In the completion's transaction: true when the order has an open return and must not complete now. */
    public Uni<Boolean> holdCompletion(SqlClient tx, String orderNumber) {
        return returns.lockOrder(tx, orderNumber).chain(() -> returns.hasOpen(tx, orderNumber));
    }
}
