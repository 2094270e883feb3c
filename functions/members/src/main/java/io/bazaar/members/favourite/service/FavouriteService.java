package io.bazaar.members.favourite.service;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.contract.CatalogShops;
import io.bazaar.catalog.contract.ProductCard;
import io.bazaar.catalog.contract.ProductCards;
import io.bazaar.catalog.contract.ShopSummary;
import io.bazaar.identity.contract.ShopCard;
import io.bazaar.identity.contract.ShopDirectory;
import io.bazaar.members.MembersConfig;
import io.bazaar.members.favourite.repository.FavouriteRepository;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.statistics.contract.BehaviourEvent;
import io.bazaar.statistics.contract.BehaviourEvents;
import io.bazaar.statistics.contract.Visitor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Favourite products and shops: adding and removing are idempotent, only what shoppers may see can be added (anything
 * else is not found), and lists come with today's catalog facts through the catalog contract.
 */
@ApplicationScoped
public class FavouriteService {

    private final FavouriteRepository favourites;
    private final ProductCards cards;
    private final CatalogShops shops;
    private final ShopDirectory directory;
    private final Pool pool;
    private final MembersConfig config;
    private final Clock clock;

    private final BehaviourEvents events;

    FavouriteService(FavouriteRepository favourites, ProductCards cards, CatalogShops shops, ShopDirectory directory, Pool pool,
            MembersConfig config, Clock clock, BehaviourEvents events) {
        this.events = events;
        this.favourites = favourites;
        this.cards = cards;
        this.shops = shops;
        this.directory = directory;
        this.pool = pool;
        this.config = config;
        this.clock = clock;
    }

    /** A favourite product with its card as the catalog shows it now. */
    public record ListedProduct(FavouriteProduct favourite, ProductCard card) {
    }

    /**
     * A favourite shop with its summary, the cards of its newest products and identity's card of the shop (name,
     * logo), which is null only for a merchant identity no longer knows.
     */
    public record ListedShop(FavouriteShop favourite, ShopSummary summary, List<ProductCard> newest, ShopCard shopOrNull) {
    }

    /** What the storefront marks on product tiles and pages: favoured or not, and the seller's shop too. */
    public record Mark(UUID productId, UUID merchantId, boolean favourite, boolean shopFavourite) {
    }

    public Uni<ListedProduct> addProduct(UUID accountId, UUID productId) {
        return visibleCard(productId).chain(card -> favourites.product(accountId, productId).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(new ListedProduct(existing, card));
            }
            return favourites.countProducts(accountId).chain(count -> {
                if (count >= config.maxFavourites()) {
                    throw ProblemException.unprocessable("too-many-favourites",
                            "An account keeps at most " + config.maxFavourites() + " favourite products.");
                }
                return favourites.addProduct(new FavouriteProduct(accountId, productId, card.merchantId(),
                        card.lowestPriceMinor(), card.currency(), clock.instant()));
            }).call(added -> events.record(BehaviourEvent.favourite(Visitor.account(accountId), added.merchantId(),
                    productId, added.createdAt()))).map(added -> new ListedProduct(added, card));
        }));
    }

    public Uni<Void> removeProduct(UUID accountId, UUID productId) {
        return favourites.removeProduct(accountId, productId);
    }

    /** Newest first; products no longer for sale stay listed (marked), so the shopper can see and remove them. */
    public Uni<Page<ListedProduct>> products(UUID accountId, PageRequest page) {
        return favourites.countProducts(accountId).chain(total -> favourites.products(accountId, page.size(), page.offset())
                .chain(list -> cards.find(list.stream().map(FavouriteProduct::productId).toList())
                        .map(found -> Page.of(list.stream().filter(f -> found.containsKey(f.productId()))
                                .map(f -> new ListedProduct(f, found.get(f.productId()))).toList(), page, total))));
    }

    public Uni<ListedShop> addShop(UUID accountId, UUID merchantId) {
        return openShop(merchantId).chain(summary -> favourites.shop(accountId, merchantId).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            return favourites.countShops(accountId).chain(count -> {
                if (count >= config.maxFavourites()) {
                    throw ProblemException.unprocessable("too-many-favourites",
                            "An account keeps at most " + config.maxFavourites() + " favourite shops.");
                }
                FavouriteShop shop = new FavouriteShop(accountId, merchantId, clock.instant());
                return favourites.addShop(shop).chain(() -> favourites.shop(accountId, merchantId));
            });
        }).chain(shop -> withNewest(List.of(shop), Map.of(merchantId, summary)).map(list -> list.get(0))));
    }

    public Uni<Void> removeShop(UUID accountId, UUID merchantId) {
        return favourites.removeShop(accountId, merchantId);
    }

    public Uni<Page<ListedShop>> shops(UUID accountId, PageRequest page) {
        return favourites.countShops(accountId).chain(total -> favourites.shops(accountId, page.size(), page.offset())
                .chain(list -> shops.find(list.stream().map(FavouriteShop::merchantId).toList())
                        .chain(summaries -> withNewest(list, summaries)))
                .map(listed -> Page.of(listed, page, total)));
    }

    public Uni<long[]> counts(UUID accountId) {
        return favourites.countProducts(accountId)
                .chain(products -> favourites.countShops(accountId).map(shops -> new long[] { products, shops }));
    }

    /** Marks for the visible ones among these products; unknown and hidden products are left out. */
    public Uni<List<Mark>> marks(UUID accountId, Collection<UUID> productIds) {
        Set<UUID> ids = new LinkedHashSet<>(productIds);
        return cards.find(ids).chain(found -> {
            List<ProductCard> visible = ids.stream().map(found::get).filter(c -> c != null && c.visible()).toList();
            return favourites.favouredProducts(accountId, visible.stream().map(ProductCard::id).toList())
                    .chain(products -> favourites.favouredShops(accountId,
                            visible.stream().map(ProductCard::merchantId).distinct().toList())
                            .map(shopIds -> visible.stream().map(c -> new Mark(c.id(), c.merchantId(),
                                    products.contains(c.id()), shopIds.contains(c.merchantId()))).toList()));
        });
    }

    private Uni<List<ListedShop>> withNewest(List<FavouriteShop> list, Map<UUID, ShopSummary> summaries) {
        List<UUID> productIds = list.stream().flatMap(s -> summaries.get(s.merchantId()).newestProductIds().stream()).toList();
        List<UUID> merchantIds = list.stream().map(FavouriteShop::merchantId).distinct().toList();
        return Uni.combine().all().unis(cards.find(productIds), directory.cards(pool, merchantIds))
                .with((found, shopCards) -> list.stream().map(s -> {
                    ShopSummary summary = summaries.get(s.merchantId());
                    return new ListedShop(s, summary, summary.newestProductIds().stream().map(found::get)
                            .filter(c -> c != null).toList(), shopCards.get(s.merchantId()));
                }).toList());
    }

    private Uni<ProductCard> visibleCard(UUID productId) {
        return cards.find(List.of(productId)).map(found -> {
            ProductCard card = found.get(productId);
            if (card == null || !card.visible()) {
                throw ProblemException.notFound("product-not-found", "There is no such product for sale.");
            }
            return card;
        });
    }

    private Uni<ShopSummary> openShop(UUID merchantId) {
        return shops.find(List.of(merchantId)).map(found -> {
            ShopSummary summary = found.get(merchantId);
            if (summary == null || !summary.open()) {
                throw ProblemException.notFound("shop-not-found", "There is no such shop.");
            }
            return summary;
        });
    }
}
