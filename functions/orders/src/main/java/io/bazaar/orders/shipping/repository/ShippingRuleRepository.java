package io.bazaar.orders.shipping.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.shipping.service.ShippingRule;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of shipping_rules and shipping_region_fees. */
@ApplicationScoped
public class ShippingRuleRepository {

    private final Pool pool;

    ShippingRuleRepository(Pool pool) {
        this.pool = pool;
    }

    /** The rules of those merchants that have one. */
    public Uni<Map<UUID, ShippingRule>> findFor(Collection<UUID> merchantIds) {
        Object ids = merchantIds.toArray(UUID[]::new);
        return pool.preparedQuery("select merchant_id, country, region, fee_minor from shipping_region_fees "
                + "where merchant_id = any($1) order by country, region").execute(Tuple.of(ids))
                .chain(regionRows -> {
                    Map<UUID, List<ShippingRule.RegionFee>> regions = new HashMap<>();
                    regionRows.forEach(row -> regions.computeIfAbsent(row.getUUID("merchant_id"), k -> new ArrayList<>())
                            .add(new ShippingRule.RegionFee(row.getString("country"), row.getString("region"),
                                    row.getLong("fee_minor"))));
                    return pool.preparedQuery("select merchant_id, currency, flat_fee_minor, free_above_minor "
                            + "from shipping_rules where merchant_id = any($1)").execute(Tuple.of(ids))
                            .map(rows -> {
                                Map<UUID, ShippingRule> rules = new HashMap<>();
                                rows.forEach(row -> {
                                    UUID merchant = row.getUUID("merchant_id");
                                    rules.put(merchant, new ShippingRule(merchant, row.getString("currency").strip(),
                                            row.getLong("flat_fee_minor"), row.getLong("free_above_minor"),
                                            regions.getOrDefault(merchant, List.of())));
                                });
                                return rules;
                            });
                });
    }

    /** Replaces the merchant's rule and its region fees in one transaction. */
    public Uni<ShippingRule> save(ShippingRule rule, Instant at) {
        return pool.withTransaction(tx -> tx.preparedQuery("insert into shipping_rules "
                + "(merchant_id, currency, flat_fee_minor, free_above_minor, updated_at) values ($1, $2, $3, $4, $5) "
                + "on conflict (merchant_id) do update set currency = excluded.currency, flat_fee_minor = excluded.flat_fee_minor, "
                + "free_above_minor = excluded.free_above_minor, updated_at = excluded.updated_at")
                .execute(Tuple.from(Arrays.asList(rule.merchantId(), rule.currency(), rule.flatFeeMinor(),
                        rule.freeAboveMinor(), at.atOffset(ZoneOffset.UTC))))
                .chain(() -> tx.preparedQuery("delete from shipping_region_fees where merchant_id = $1")
                        .execute(Tuple.of(rule.merchantId())))
                .chain(() -> rule.regions().isEmpty() ? Uni.createFrom().voidItem()
                        : tx.preparedQuery("insert into shipping_region_fees (merchant_id, country, region, fee_minor) "
                                + "values ($1, $2, $3, $4)")
                                .executeBatch(rule.regions().stream().map(r -> Tuple.of(rule.merchantId(), r.country(),
                                        r.region(), r.feeMinor())).toList())
                                .replaceWithVoid())
                .replaceWith(rule));
    }
}
