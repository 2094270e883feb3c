package io.bazaar.catalog.shop.repository;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Tuple;

/** Numbered parameters ($1, $2...) of one hand-written statement: every value is bound, none is written into SQL. */
final class SqlParameters {

    private final List<Object> values = new ArrayList<>();

    /** Adds a value and returns its placeholder. */
    String bind(Object value) {
        values.add(value);
        return "$" + values.size();
    }

    Tuple tuple() {
        return Tuple.from(values);
    }
}
