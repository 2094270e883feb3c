package io.bazaar.catalog.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.bazaar.catalog.product.Product;
import io.bazaar.catalog.product.ProductStats;
import io.bazaar.catalog.product.Sku;
import io.bazaar.reviews.contract.PublishedReview;

/** The schema.org Product description search engines read from a page, written by Jackson and safe inside a script tag. */
@ApplicationScoped
public class ProductJsonLd {

    static final String IN_STOCK = "https://schema.org/InStock";
    static final String OUT_OF_STOCK = "https://schema.org/OutOfStock";
    private static final int DESCRIPTION_LIMIT = 5000;

    private final ObjectMapper json;
    private final ObjectWriter writer;

    ProductJsonLd(ObjectMapper json) {
        this.json = json;
        this.writer = json.writer().with(new ScriptSafeJson());
    }

    public String of(ProductDetails details, String canonicalUrl, ReviewerNames names) {
        Product p = details.product();
        ObjectNode root = json.createObjectNode();
        root.put("@context", "https://schema.org");
        root.put("@type", "Product");
        root.put("name", p.name);
        root.put("description", PlainText.shortened(PlainText.of(p.descriptionHtml), DESCRIPTION_LIMIT));
        ArrayNode images = root.putArray("image");
        details.imageUrls().forEach(images::add);
        root.put("sku", p.id.toString());
        root.put("url", canonicalUrl);
        if (details.brand() != null) {
            root.putObject("brand").put("@type", "Brand").put("name", details.brand());
        }
        if (!details.categoryPath().isEmpty()) {
            root.put("category", details.categoryLabel());
        }
        ArrayNode offers = root.putArray("offers");
        for (Sku sku : details.skus()) {
            offers.addObject().put("@type", "Offer")
                    .put("sku", sku.code == null || sku.code.isBlank() ? sku.id.toString() : sku.code)
                    .put("name", SkuOption.label(p, sku))
                    .put("price", Prices.decimal(sku.priceMinor, p.currency))
                    .put("priceCurrency", p.currency)
                    .put("availability", sku.stock > 0 ? IN_STOCK : OUT_OF_STOCK)
                    .put("url", canonicalUrl);
        }
        ProductStats stats = details.stats();
        if (stats.ratingCount > 0) {
            root.putObject("aggregateRating").put("@type", "AggregateRating")
                    .put("ratingValue", BigDecimal.valueOf(stats.ratingSum)
                            .divide(BigDecimal.valueOf(stats.ratingCount), 1, RoundingMode.HALF_UP).toPlainString())
                    .put("ratingCount", stats.ratingCount)
                    .put("bestRating", 5).put("worstRating", 1);
        }
        if (!details.reviews().isEmpty()) {
            ArrayNode reviews = root.putArray("review");
            for (PublishedReview review : details.reviews()) {
                ObjectNode node = reviews.addObject().put("@type", "Review").put("name", review.title())
                        .put("reviewBody", review.text())
                        .put("datePublished", review.createdAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
                node.putObject("author").put("@type", "Person").put("name", names.of(review));
                node.putObject("reviewRating").put("@type", "Rating").put("ratingValue", review.stars())
                        .put("bestRating", 5).put("worstRating", 1);
            }
        }
        try {
            return writer.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON-LD of product " + p.id + " could not be written", e);
        }
    }
}
