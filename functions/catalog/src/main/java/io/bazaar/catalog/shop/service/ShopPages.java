package io.bazaar.catalog.shop.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.contract.CatalogShops;
import io.bazaar.catalog.contract.ShopSummary;
import io.bazaar.catalog.shop.ShopPage;
import io.bazaar.identity.contract.ShopCard;
import io.bazaar.identity.contract.ShopDirectory;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The public shop page. A shop exists for shoppers while it has something they may see (the rule favourites use
 * too, {@link ShopSummary#open()}): an unknown merchant and a merchant with nothing visible are the same 404.
 */
@ApplicationScoped
public class ShopPages {

    private final ShopDirectory directory;
    private final CatalogShops shops;
    private final Pool pool;

    ShopPages(ShopDirectory directory, CatalogShops shops, Pool pool) {
        this.directory = directory;
        this.shops = shops;
        this.pool = pool;
    }

    public Uni<ShopPage> page(UUID merchantId) {
        return Uni.combine().all().unis(directory.cards(pool, List.of(merchantId)), shops.find(List.of(merchantId)))
                .with((cards, summaries) -> {
                    ShopCard card = cards.get(merchantId);
                    ShopSummary summary = summaries.get(merchantId);
                    if (card == null || summary == null || !summary.open()) {
                        throw ProblemException.notFound("shop-not-found", "There is no such shop.");
                    }
                    return new ShopPage(merchantId, card.name(), card.logoUrl().orElse(null), card.description(),
                            card.serviceHours(), card.timeZone(), summary.visibleProducts(), summary.ratingCount(),
                            summary.ratingAverageOrNull());
                });
    }
}
