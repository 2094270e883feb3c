package io.bazaar.catalog.shop.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.product.AttributeSpecsConverter;
import io.bazaar.catalog.product.ImageUrls;
import io.bazaar.catalog.product.SkuAttributesConverter;
import io.bazaar.catalog.shop.CategoryStep;
import io.bazaar.catalog.shop.CategoryTrail;
import io.bazaar.catalog.shop.ProductDetail;
import io.bazaar.catalog.shop.ProductImage;
import io.bazaar.catalog.shop.ProductLinks;
import io.bazaar.catalog.shop.SkuOffer;
import io.bazaar.catalog.shop.TermRef;
import io.bazaar.catalog.shop.repository.ProductPageRepository;
import io.bazaar.identity.contract.ShopDirectory;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * A visible product's page, and a view counted for it; drafts, products in review, rejected, delisted and unknown
 * products are all the same 404 to shoppers, so nothing about unpublished products leaks.
 */
@ApplicationScoped
public class ProductPages {

    private static final AttributeSpecsConverter ATTRIBUTES = new AttributeSpecsConverter();
    private static final SkuAttributesConverter SKU_ATTRIBUTES = new SkuAttributesConverter();

    private final ProductPageRepository pages;
    private final ImageUrls imageUrls;
    private final ViewRecorder views;
    private final ShopDirectory shops;
    private final Pool pool;

    ProductPages(ProductPageRepository pages, ImageUrls imageUrls, ViewRecorder views, ShopDirectory shops, Pool pool) {
        this.pages = pages;
        this.imageUrls = imageUrls;
        this.views = views;
        this.shops = shops;
        this.pool = pool;
    }

    public Uni<ProductDetail> page(UUID productId) {
        return pages.visibleProduct(productId).chain(product -> {
            if (product == null) {
                return Uni.createFrom().failure(ProblemException.notFound("product-not-found", "There is no such product."));
            }
            UUID merchant = product.getUUID("merchant_id");
            return Uni.combine().all().unis(pages.categoriesOnPath(product.getString("category_path")),
                    pages.terms(productId), pages.skus(productId), pages.images(productId), shops.names(pool, List.of(merchant)))
                    .with((path, terms, skus, images, names) -> detail(product, path, terms, skus, images, names.get(merchant)));
        }).call(detail -> views.record(detail.id()));
    }

    private ProductDetail detail(Row p, List<Row> path, List<Row> terms, List<Row> skuRows, List<Row> imageRows,
            String shopNameOrNull) {
        Map<UUID, String> urlsById = new HashMap<>();
        List<ProductImage> images = imageRows.stream().map(row -> {
            String url = imageUrls.of(row.getString("object_key"));
            urlsById.put(row.getUUID("id"), url);
            return new ProductImage(row.getUUID("id"), url, row.getInteger("width"), row.getInteger("height"));
        }).toList();
        List<SkuOffer> skus = skuRows.stream().map(row -> new SkuOffer(row.getUUID("id"),
                SKU_ATTRIBUTES.convertToEntityAttribute(row.getString("attributes")), row.getLong("price_minor"),
                row.getInteger("stock"), row.getInteger("stock") > 0, urlsById.get(row.getUUID("image_id")),
                row.getLong("member_price_minor"))).toList();
        CategoryTrail category = new CategoryTrail(p.getLong("category_id"), p.getString("category_name"),
                path.stream().map(c -> new CategoryStep(c.getLong("id"), c.getString("name"), c.getString("slug"))).toList());
        UUID id = p.getUUID("id");
        int ratingCount = p.getInteger("rating_count");
        return new ProductDetail(id, p.getString("name"), p.getString("slug"), ProductLinks.url(id, p.getString("slug")),
                category, term(p, "brand_id", "brand_name"), term(p, "series_id", "series_name"), terms(terms, "KEYWORD"),
                terms(terms, "TAG"), p.getString("description_html"), p.getString("parameters"), p.getString("packaging"),
                p.getString("after_sales"), p.getString("currency"), ATTRIBUTES.convertToEntityAttribute(p.getString("attributes")),
                skus, images, p.getLong("min_price_minor"), p.getLong("max_price_minor"),
                skus.stream().anyMatch(SkuOffer::available),
                ratingCount, ProductLinks.ratingAverage(ratingCount, p.getLong("rating_sum")),
                List.of(p.getInteger("rating_1"), p.getInteger("rating_2"), p.getInteger("rating_3"), p.getInteger("rating_4"),
                        p.getInteger("rating_5")), p.getLong("sales_count"),
                p.getLong("view_count"), p.getUUID("merchant_id"), shopNameOrNull);
    }

    private static TermRef term(Row row, String idColumn, String nameColumn) {
        Long id = row.getLong(idColumn);
        return id == null ? null : new TermRef(id, row.getString(nameColumn));
    }

    private static List<TermRef> terms(List<Row> rows, String kind) {
        return rows.stream().filter(row -> kind.equals(row.getString("kind")))
                .map(row -> new TermRef(row.getLong("id"), row.getString("name"))).toList();
    }
}
