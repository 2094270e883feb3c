package io.bazaar.members.recent.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.contract.ProductCard;
import io.bazaar.catalog.contract.ProductCards;
import io.bazaar.members.recent.repository.RecentlyViewedStore;
import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * The signed-in shopper's recently viewed products. The members area is their one owner: the storefront records a view
 * here when a signed-in shopper opens a product page (the catalog's own view counter is an anonymous total per product,
 * another thing). Only products shoppers may see are recorded and shown.
 */
@ApplicationScoped
public class RecentlyViewedService {

    /** A recently viewed product with its card as the catalog shows it now. */
    public record Viewed(RecentView view, ProductCard card) {
    }

    private final RecentlyViewedStore store;
    private final ProductCards cards;
    private final BlockingCalls blocking;
    private final Clock clock;

    RecentlyViewedService(RecentlyViewedStore store, ProductCards cards, BlockingCalls blocking, Clock clock) {
        this.store = store;
        this.cards = cards;
        this.blocking = blocking;
        this.clock = clock;
    }

    public Uni<Void> record(UUID accountId, UUID productId) {
        return cards.find(List.of(productId)).chain(found -> {
            ProductCard card = found.get(productId);
            if (card == null || !card.visible()) {
                throw ProblemException.notFound("product-not-found", "There is no such product for sale.");
            }
            return blocking.run(() -> store.record(accountId, productId, clock.instant()));
        });
    }

    /** Newest first, at most {@code limit}; products no longer for sale are left out. */
    public Uni<List<Viewed>> list(UUID accountId, int limit) {
        return blocking.run(() -> store.of(accountId, clock.instant())).chain(views -> cards
                .find(views.stream().map(RecentView::productId).toList())
                .map(found -> views.stream().filter(v -> found.containsKey(v.productId()) && found.get(v.productId()).visible())
                        .limit(limit).map(v -> new Viewed(v, found.get(v.productId()))).toList()));
    }

    public Uni<Void> clear(UUID accountId) {
        return blocking.run(() -> store.clear(accountId));
    }
}
