package io.bazaar.catalog.page;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.category.Category;
import io.bazaar.catalog.category.CategoryRepository;
import io.bazaar.catalog.product.ImageUrls;
import io.bazaar.catalog.product.Product;
import io.bazaar.catalog.product.ProductRepository;
import io.bazaar.catalog.product.ProductStatsRepository;
import io.bazaar.catalog.product.SkuRepository;
import io.bazaar.catalog.term.TermRepository;
import io.bazaar.reviews.contract.ProductReviews;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** Reads what a product page shows, for products shoppers may see (approved and listed) and no others. */
@ApplicationScoped
public class ProductPages {

    private final ProductRepository products;
    private final SkuRepository skus;
    private final AttachedImages images;
    private final ImageUrls imageUrls;
    private final TermRepository terms;
    private final CategoryRepository categories;
    /** Reviews a product page shows; the storefront lists them all. */
    static final int REVIEWS_SHOWN = 3;

    private final ProductStatsRepository stats;
    private final ProductReviews reviews;
    private final Pool pool;

    ProductPages(ProductRepository products, SkuRepository skus, AttachedImages images, ImageUrls imageUrls,
            TermRepository terms, CategoryRepository categories, ProductStatsRepository stats, ProductReviews reviews,
            Pool pool) {
        this.products = products;
        this.skus = skus;
        this.images = images;
        this.imageUrls = imageUrls;
        this.terms = terms;
        this.categories = categories;
        this.stats = stats;
        this.reviews = reviews;
        this.pool = pool;
    }

    /** Empty for unknown products and for drafts, products in review, rejected or delisted ones. */
    @WithSession
    public Uni<Optional<ProductDetails>> visible(UUID productId) {
        return products.findById(productId).chain(product -> product == null || !product.isVisibleToShoppers()
                ? Uni.createFrom().item(Optional.<ProductDetails>empty())
                : details(product).map(Optional::of));
    }

    /** One query after the other: a Hibernate Reactive session runs one at a time. */
    private Uni<ProductDetails> details(Product product) {
        return skus.ofProduct(product.id).chain(productSkus -> images.objectKeys(product.id)
                .chain(keys -> brand(product).chain(brand -> categoryPath(product).chain(path -> stats.of(product.id)
                        .chain(counters -> reviews.newest(pool, product.id, REVIEWS_SHOWN)
                                .map(newest -> new ProductDetails(product, productSkus,
                                        keys.stream().map(imageUrls::of).toList(), brand, path, counters, newest)))))));
    }

    private Uni<String> brand(Product product) {
        return product.brandId == null ? Uni.createFrom().nullItem()
                : terms.findById(product.brandId).map(term -> term == null ? null : term.name);
    }

    /** Category names from the root down, from the category's path of ids such as /5/6/. */
    private Uni<List<String>> categoryPath(Product product) {
        return categories.findById(product.categoryId).chain(category -> {
            if (category == null) {
                return Uni.createFrom().item(List.of());
            }
            List<Long> ids = Arrays.stream(category.path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
            return categories.list("id in ?1", ids).map(found -> {
                Map<Long, Category> byId = found.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
                return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).map(c -> c.name).toList();
            });
        });
    }
}
