package io.bazaar.orders.shipping.service;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.OrdersConfig;
import io.bazaar.orders.shipping.repository.ShippingRuleRepository;
import io.bazaar.orders.shipping.rest.ShippingRuleInput;
import io.bazaar.platform.money.Money;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Shipping fees per merchant. A merchant without a rule ships by the default rule: a flat
 * {@code bazaar.orders.default-shipping-fee-minor} (0 unless configured) in the order's currency, no overrides.
 */
@ApplicationScoped
public class ShippingRuleService {

    private final ShippingRuleRepository rules;
    private final OrdersConfig config;
    private final Clock clock;

    ShippingRuleService(ShippingRuleRepository rules, OrdersConfig config, Clock clock) {
        this.rules = rules;
        this.config = config;
        this.clock = clock;
    }

    public Uni<Map<UUID, ShippingRule>> rulesOf(Collection<UUID> merchantIds) {
        return rules.findFor(merchantIds);
    }

    /** The rule that applies when a merchant has none, in the order's currency. */
    public ShippingRule defaultRule(UUID merchantId, String currency) {
        return new ShippingRule(merchantId, currency, config.defaultShippingFeeMinor(), null, List.of());
    }

    public Uni<ShippingRule> ruleOf(UUID merchantId) {
        return rules.findFor(List.of(merchantId)).map(found -> found.containsKey(merchantId) ? found.get(merchantId)
                : defaultRule(merchantId, null));
    }

    public Uni<ShippingRule> save(UUID merchantId, ShippingRuleInput in) {
        if (!Money.isValidCurrency(in.currency())) {
            throw ProblemException.invalid(new FieldError("currency", "must be an ISO 4217 code"));
        }
        List<ShippingRule.RegionFee> regions = in.regions() == null ? List.of() : in.regions().stream()
                .map(r -> new ShippingRule.RegionFee(r.country(), r.region() == null ? "" : r.region().strip(), r.feeMinor()))
                .toList();
        if (regions.stream().map(r -> r.country() + "/" + r.region().toLowerCase()).distinct().count() != regions.size()) {
            throw ProblemException.invalid(new FieldError("regions", "names a country or region twice"));
        }
        return rules.save(new ShippingRule(merchantId, in.currency(), in.flatFeeMinor(), in.freeAboveMinor(), regions),
                clock.instant());
    }
}
