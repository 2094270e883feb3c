package io.bazaar.statistics.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** Adds a batch's {@link DayTotals} to the three roll-up tables: one upsert per table, added to what is there. */
@ApplicationScoped
public class RollUpRepository {

    private static final String SHOPS = upsert("statistics_shop_days", List.of("merchant_id", "day"), DayTotals.SHOP);
    private static final String SALES = upsert("statistics_sales_days", List.of("merchant_id", "day", "currency"),
            DayTotals.SALES);
    private static final String PRODUCTS = upsert("statistics_product_days", List.of("merchant_id", "day", "product_id"),
            DayTotals.PRODUCT);

    Uni<Void> add(SqlClient tx, DayTotals totals) {
        return batch(tx, SHOPS, totals.shops, k -> Tuple.of(k.merchantId(), k.day()))
                .chain(() -> batch(tx, SALES, totals.sales, k -> Tuple.of(k.merchantId(), k.day(), k.currency())))
                .chain(() -> batch(tx, PRODUCTS, totals.products, k -> Tuple.of(k.merchantId(), k.day(), k.productId())));
    }

    private static <K> Uni<Void> batch(SqlClient tx, String sql, Map<K, long[]> rows, Function<K, Tuple> key) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Tuple> tuples = new ArrayList<>();
        // in one order in every run, so two runs adding to the same days lock their rows in the same order
        rows.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().toString())).forEach(e -> {
            K k = e.getKey();
            long[] counts = e.getValue();
            Tuple tuple = key.apply(k);
            for (long count : counts) {
                tuple.addLong(count);
            }
            tuples.add(tuple);
        });
        return tx.preparedQuery(sql).executeBatch(tuples).replaceWithVoid();
    }

    private static String upsert(String table, List<String> keys, List<String> counts) {
        List<String> columns = new ArrayList<>(keys);
        columns.addAll(counts);
        String values = IntStream.rangeClosed(1, columns.size()).mapToObj(i -> "$" + i).collect(Collectors.joining(", "));
        String added = counts.stream().map(c -> c + " = " + table + "." + c + " + excluded." + c)
                .collect(Collectors.joining(", "));
        return "insert into " + table + " (" + String.join(", ", columns) + ") values (" + values + ") on conflict ("
                + String.join(", ", keys) + ") do update set " + added;
    }
}
