package io.bazaar.catalog.merchant;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jsoup.Jsoup;

import io.bazaar.catalog.product.Product;
import io.bazaar.catalog.product.ProductRepository;
import io.bazaar.catalog.product.ProductStatus;
import io.bazaar.catalog.product.ProductTerm;
import io.bazaar.catalog.product.ProductTermRepository;
import io.bazaar.catalog.product.Sku;
import io.bazaar.catalog.product.SkuRepository;
import io.bazaar.catalog.product.SkuStock;
import io.bazaar.catalog.product.Slugs;
import io.bazaar.catalog.search.SearchIndexer;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * A merchant's side of a product's life: write a draft, submit it for review, list or delist it once approved.
 * Editing the content of an approved product sends it back to review; price and stock changes do not. Stock of an
 * existing SKU changes only through {@link #changeSku} (a count, never a value loaded before a sale) and the stock
 * ledger's increments; a content edit leaves it as it is (docs/decisions/stock-and-counters.md).
 */
@ApplicationScoped
public class ProductPublishing {

    private final ProductRepository products;
    private final SkuRepository skus;
    private final SkuStock stock;
    private final ProductTermRepository productTerms;
    private final ProductViews views;
    private final ProductRules rules;
    private final SearchIndexer search;
    private final OwnedProducts owned;
    private final ContentChanges contentChanges;
    private final Clock clock;

    ProductPublishing(ProductRepository products, SkuRepository skus, SkuStock stock, ProductTermRepository productTerms,
            ProductViews views, ProductRules rules, SearchIndexer search, OwnedProducts owned,
            ContentChanges contentChanges, Clock clock) {
        this.products = products;
        this.skus = skus;
        this.stock = stock;
        this.productTerms = productTerms;
        this.views = views;
        this.rules = rules;
        this.search = search;
        this.owned = owned;
        this.contentChanges = contentChanges;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<MerchantProductView> create(UUID merchantId, ProductDraft draft) {
        return rules.check(merchantId, null, draft).chain(checked -> {
            Product product = new Product();
            product.id = UUID.randomUUID();
            product.merchantId = merchantId;
            product.status = ProductStatus.DRAFT;
            product.createdAt = clock.instant();
            apply(product, checked);
            return products.persist(product).chain(() -> replaceDetails(product, checked, List.of(), List.of()))
                    .map(kept -> MerchantProductView.of(product, kept, checked.draft().keywordIdsOrEmpty(),
                            checked.draft().tagIdsOrEmpty()));
        });
    }

    @WithTransaction
    public Uni<MerchantProductView> update(UUID merchantId, UUID productId, ProductDraft draft) {
        return owned(merchantId, productId).chain(product -> rules.check(merchantId, productId, draft)
                .chain(checked -> skus.ofProduct(productId).chain(existing -> productTerms.ofProduct(productId)
                        .chain(links -> {
                            String before = contentFingerprint(MerchantProductView.of(product, existing,
                                    links.stream().map(l -> l.termId).toList(), List.of()));
                            apply(product, checked);
                            return replaceDetails(product, checked, existing, links).map(kept -> {
                                List<Long> keywords = checked.draft().keywordIdsOrEmpty();
                                List<Long> tags = checked.draft().tagIdsOrEmpty();
                                if (!before.equals(contentFingerprint(MerchantProductView.of(product, kept, keywords, tags)))) {
                                    contentChanges.sendBackToReview(product);
                                }
                                return MerchantProductView.of(product, kept, keywords, tags);
                            });
                        }))));
    }

    /** Price and stock only: never sends the product back to review. */
    @WithTransaction
    public Uni<MerchantProductView> changeSku(UUID merchantId, UUID productId, UUID skuId, SkuChange change) {
        return owned(merchantId, productId).chain(product -> skus.findById(skuId).chain(sku -> {
            if (sku == null || !sku.productId.equals(productId)) {
                return Uni.createFrom().failure(ProblemException.notFound("sku-not-found", "This product has no such SKU."));
            }
            if (change.priceMinor() != null) {
                rules.checkPrice(product, change.priceMinor());
                if (sku.memberPriceMinor != null && sku.memberPriceMinor >= change.priceMinor()) {
                    return Uni.createFrom().failure(ProblemException.invalid(new FieldError("priceMinor",
                            "must be above the SKU's member price " + sku.memberPriceMinor + "; change that first")));
                }
                sku.priceMinor = change.priceMinor();
            }
            product.updatedAt = clock.instant();
            Uni<Void> counted = change.stock() == null ? Uni.createFrom().voidItem() : stock.set(sku, change.stock());
            return counted.chain(() -> skus.ofProduct(productId)).invoke(all -> summarise(product, all))
                    .chain(() -> views.of(product));
        }));
    }

    @WithTransaction
    public Uni<MerchantProductView> submit(UUID merchantId, UUID productId) {
        return owned(merchantId, productId).chain(product -> {
            if (product.status != ProductStatus.DRAFT && product.status != ProductStatus.REJECTED) {
                return Uni.createFrom().failure(ProblemException.conflict("not-submittable",
                        "Only drafts and rejected products can be submitted; this one is " + label(product) + "."));
            }
            product.status = ProductStatus.PENDING_REVIEW;
            product.submittedAt = clock.instant();
            product.rejectionReason = null;
            return views.of(product);
        });
    }

    @WithTransaction
    public Uni<MerchantProductView> list(UUID merchantId, UUID productId) {
        return owned(merchantId, productId).chain(product -> {
            if (product.status != ProductStatus.APPROVED) {
                return Uni.createFrom().failure(ProblemException.conflict("not-approved",
                        "Only approved products can be listed; this one is " + label(product) + "."));
            }
            return skus.ofProduct(productId).chain(all -> {
                rules.checkSellable(product, all);
                if (!product.listed) {
                    product.listed = true;
                    product.listedAt = clock.instant();
                }
                return views.of(product);
            });
        });
    }

    @WithTransaction
    public Uni<MerchantProductView> delist(UUID merchantId, UUID productId) {
        return owned(merchantId, productId).chain(product -> {
            product.listed = false;
            return views.of(product);
        });
    }

    /** Deletes the product; its images' objects are queued for deletion by the database in the same transaction. */
    @WithTransaction
    public Uni<Void> delete(UUID merchantId, UUID productId) {
        return owned(merchantId, productId).chain(products::delete);
    }

    @WithSession
    public Uni<MerchantProductView> get(UUID merchantId, UUID productId) {
        return owned(merchantId, productId).chain(views::of);
    }

    @WithSession
    public Uni<Page<MerchantProductView>> page(UUID merchantId, ProductStatus statusOrNull, PageRequest page) {
        var query = statusOrNull == null
                ? products.find("merchantId", Sort.by("updatedAt").descending().and("id"), merchantId)
                : products.find("merchantId = ?1 and status = ?2", Sort.by("updatedAt").descending().and("id"), merchantId,
                        statusOrNull);
        return query.page(page.page(), page.size()).list()
                .chain(found -> query.count().chain(total -> views.of(found).map(list -> Page.of(list, page, total))));
    }

    /** The product if it exists (404) and belongs to the caller's merchant (403). */
    Uni<Product> owned(UUID merchantId, UUID productId) {
        return owned.find(merchantId, productId);
    }

    private void apply(Product product, CheckedDraft checked) {
        ProductDraft draft = checked.draft();
        product.name = draft.name().strip();
        product.slug = Slugs.of(product.name);
        product.categoryId = draft.categoryId();
        product.brandId = draft.brandId();
        product.seriesId = draft.seriesId();
        product.descriptionHtml = checked.sanitizedDescription();
        product.parameters = Objects.requireNonNullElse(draft.parameters(), "");
        product.packaging = Objects.requireNonNullElse(draft.packaging(), "");
        product.afterSales = Objects.requireNonNullElse(draft.afterSales(), "");
        product.currency = draft.currency();
        product.free = draft.freeOrFalse();
        product.attributes = checked.attributes();
        product.updatedAt = clock.instant();
        if (product.status == ProductStatus.REJECTED) {
            product.status = ProductStatus.DRAFT;
        }
    }

    /** SKUs keep their ids when their combination survives an edit, so carts and orders still point at them. */
    /** Links to keywords and tags are changed by difference: the loaded links are managed entities. */
    private Uni<List<Sku>> replaceDetails(Product product, CheckedDraft checked, List<Sku> existing,
            List<ProductTerm> existingLinks) {
        Map<Map<String, String>, Sku> byCombination = new HashMap<>();
        existing.forEach(sku -> byCombination.put(sku.attributes, sku));
        List<Sku> kept = new ArrayList<>();
        for (int i = 0; i < checked.skuCombinations().size(); i++) {
            SkuInput input = checked.draft().skus().get(i);
            Sku sku = byCombination.remove(checked.skuCombinations().get(i));
            if (sku == null) {
                sku = new Sku();
                sku.id = UUID.randomUUID();
                sku.productId = product.id;
                sku.attributes = checked.skuCombinations().get(i);
                sku.stock = input.stock();
            }
            sku.code = input.code() == null || input.code().isBlank() ? null : input.code().strip();
            sku.priceMinor = input.priceMinor();
            sku.memberPriceMinor = input.memberPriceMinor();
            sku.imageId = input.imageId();
            sku.position = i;
            kept.add(sku);
        }
        summarise(product, kept);
        List<Sku> removed = List.copyOf(byCombination.values());
        Set<Long> wanted = new LinkedHashSet<>(checked.draft().keywordIdsOrEmpty());
        wanted.addAll(checked.draft().tagIdsOrEmpty());
        List<ProductTerm> staleLinks = existingLinks.stream().filter(l -> !wanted.contains(l.termId)).toList();
        existingLinks.forEach(l -> wanted.remove(l.termId));
        List<ProductTerm> newLinks = wanted.stream().map(id -> ProductTerm.of(product.id, id)).toList();
        return deleteAll(skus, removed)
                .chain(() -> persistAll(skus, kept.stream().filter(sku -> !existing.contains(sku)).toList()))
                .chain(() -> deleteAll(productTerms, staleLinks))
                .chain(() -> persistAll(productTerms, newLinks))
                .chain(() -> search.index(product.id, product.name, checked.termNames(),
                        Jsoup.parse(product.descriptionHtml).text() + " " + product.parameters))
                .map(done -> kept);
    }

    /** Panache's persist of an empty batch fails, so an empty one is a no-op here. */
    private static <T> Uni<Void> persistAll(PanacheRepositoryBase<T, ?> repository, List<T> entities) {
        return entities.isEmpty() ? Uni.createFrom().voidItem() : repository.persist(entities);
    }

    private static <T> Uni<Void> deleteAll(PanacheRepositoryBase<T, ?> repository,
            List<T> removed) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (T entity : removed) {
            chain = chain.chain(() -> repository.delete(entity));
        }
        return chain;
    }

    private static void summarise(Product product, List<Sku> all) {
        product.minPriceMinor = all.stream().mapToLong(s -> s.priceMinor).min().stream().boxed().findFirst().orElse(null);
        product.maxPriceMinor = all.stream().mapToLong(s -> s.priceMinor).max().stream().boxed().findFirst().orElse(null);
    }

    /** What review looks at: everything but prices and stock, and whether the product is given away. */
    private static String contentFingerprint(MerchantProductView v) {
        List<String> skuParts = v.skus().stream().map(s -> s.attributes() + "|" + s.code() + "|" + s.imageId()).toList();
        List<Long> termIds = new ArrayList<>(v.keywordIds());
        termIds.addAll(v.tagIds());
        termIds.sort(Long::compare);
        return String.join("\u0000", v.name(), String.valueOf(v.categoryId()), String.valueOf(v.brandId()),
                String.valueOf(v.seriesId()), termIds.toString(), v.description(), v.parameters(), v.packaging(),
                v.afterSales(), v.currency(), String.valueOf(v.free()), String.valueOf(v.attributes()), skuParts.toString());
    }

    private static String label(Product product) {
        return product.status.name().toLowerCase().replace('_', ' ');
    }
}
