package io.bazaar.catalog.page;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

import io.bazaar.catalog.product.Product;
import io.bazaar.catalog.product.Sku;

/**
 * What the product template shows, already formatted. Every text here is escaped by the template except
 * {@code descriptionHtml} (sanitised when the merchant saved it) and {@code jsonLd} (escaped for a script element).
 * {@code memberPriceLabel} is what verified members pay on the options that have a member price (null when none has),
 * {@code memberPriceScope} says on how many options when not on all of them.
 */
public record ProductPage(String siteName, String title, String name, String brand, String summary, String canonicalUrl,
        String imageUrl, List<String> imageUrls, String priceLabel, String memberPriceLabel, String memberPriceScope,
        String priceAmount, String currency,
        String availability, String salesLabel, List<SkuOption> options, List<String> breadcrumbs, String descriptionHtml,
        String parameters, String packaging, String afterSales, String jsonLd, String buyPath, String ratingLabel,
        List<ReviewSnippet> reviews) {

    private static final int SUMMARY_LIMIT = 160;

    static ProductPage of(ProductDetails details, String canonicalUrl, String siteName, String jsonLd, ReviewerNames names) {
        Product p = details.product();
        long min = p.minPriceMinor == null ? 0 : p.minPriceMinor;
        long max = p.maxPriceMinor == null ? min : p.maxPriceMinor;
        String priceLabel = Prices.label(min, max, p.currency);
        boolean inStock = details.skus().stream().anyMatch(sku -> sku.stock > 0);
        List<String> images = details.imageUrls();
        return new ProductPage(siteName, p.name + " | " + siteName, p.name, details.brand(),
                summary(details, priceLabel), canonicalUrl, images.isEmpty() ? null : images.get(0), images,
                priceLabel, memberPriceLabel(details), memberPriceScope(details), Prices.decimal(min, p.currency), p.currency, inStock ? "In stock" : "Out of stock",
                salesLabel(details.stats().salesCount),
                details.skus().stream().map((Sku sku) -> SkuOption.of(p, sku)).toList(), details.categoryPath(),
                p.descriptionHtml, p.parameters, p.packaging, p.afterSales, jsonLd, buyPath(p),
                ratingLabel(details.stats().ratingCount, details.stats().ratingSum),
                details.reviews().stream().map(review -> ReviewSnippet.of(review, names)).toList());
    }

    /** "CNY 15.00", or "CNY 15.00 – 18.00" across the options with a member price; null when none has one. */
    static String memberPriceLabel(ProductDetails details) {
        List<Long> member = details.skus().stream().map(sku -> sku.memberPriceMinor).filter(Objects::nonNull).toList();
        return member.isEmpty() ? null
                : Prices.label(Collections.min(member), Collections.max(member), details.product().currency);
    }

    /** "on 2 of 4 options" when only some options have a member price; null when all or none have one. */
    static String memberPriceScope(ProductDetails details) {
        long with = details.skus().stream().filter(sku -> sku.memberPriceMinor != null).count();
        int all = details.skus().size();
        return with == 0 || with == all ? null : "on " + with + " of " + all + " options";
    }

    /** The storefront's view of the product (same origin), where a shopper picks an option and adds it to the cart. */
    static String buyPath(Product p) {
        return "/product/" + p.id;
    }

    /** "4.3 out of 5 (12 ratings)"; nothing before the first rating. */
    static String ratingLabel(int count, long sum) {
        if (count == 0) {
            return null;
        }
        String average = java.math.BigDecimal.valueOf(sum).divide(java.math.BigDecimal.valueOf(count), 1,
                java.math.RoundingMode.HALF_UP).toPlainString();
        return average + " out of 5 (" + count + (count == 1 ? " rating)" : " ratings)");
    }

    /** Units sold, as shops show it; nothing before the first sale. */
    static String salesLabel(long sold) {
        return sold == 0 ? null : sold + " sold";
    }

    /** Large previews need an image; without one, social networks get the small card. */
    public String twitterCard() {
        return imageUrl == null ? "summary" : "summary_large_image";
    }

    private static String summary(ProductDetails details, String priceLabel) {
        String text = PlainText.of(details.product().descriptionHtml);
        if (text.isBlank()) {
            text = details.product().name + (details.brand() == null ? "" : " by " + details.brand()) + ", " + priceLabel;
        }
        return PlainText.shortened(text, SUMMARY_LIMIT);
    }
}
