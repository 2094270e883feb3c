package io.bazaar.catalog.imports.work;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Entities;

import io.bazaar.catalog.imports.job.ImportOptions;
import io.bazaar.catalog.merchant.ProductDraft;
import io.bazaar.catalog.merchant.SkuInput;
import io.bazaar.catalog.product.AttributeSpec;
import io.bazaar.importer.extract.Availability;
import io.bazaar.importer.extract.Listing;
import io.bazaar.importer.extract.Variant;
import io.bazaar.platform.money.Money;

/**
 * Turns an extracted listing into the draft a merchant would have written: the name, the description as text, the
 * price with the job's markup in minor units, and one SKU per variant (its attributes become the product's
 * attributes). A listing without a positive price is refused, never imported as free (docs/decisions/imports.md).
 * Pure, so the mapping rules are tested without a crawl.
 */
public final class ListingDrafts {

    static final int MAX_NAME = 200;
    static final int MAX_ATTRIBUTES = 3;
    static final int MAX_VALUES = 50;
    static final int MAX_TEXT = 40;
    static final int MAX_SKUS = 300;
    static final int MAX_DESCRIPTION = 100_000;
    static final int MAX_CODE = 64;

    private ListingDrafts() {
    }

    /** The category the listing goes to: its most specific mapped breadcrumb, the whole trail, or the default. */
    public static long categoryOf(Listing listing, ImportOptions options) {
        Map<String, Long> mapping = new LinkedHashMap<>();
        options.categoryMappingOrEmpty().forEach((name, id) -> mapping.put(normalise(name), id));
        List<String> trail = listing.categories();
        Long whole = mapping.get(normalise(String.join(" > ", trail)));
        if (whole != null) {
            return whole;
        }
        for (int i = trail.size() - 1; i >= 0; i--) {
            Long id = mapping.get(normalise(trail.get(i)));
            if (id != null) {
                return id;
            }
        }
        return options.defaultCategoryId();
    }

    public static ProductDraft draft(Listing listing, ImportOptions options, long categoryId, Long brandId)
            throws UnusableListing {
        if (listing.name() == null || listing.name().isBlank()) {
            throw new UnusableListing("the page names no product");
        }
        String currency = currencyOf(listing);
        List<Variant> variants = listing.variants().stream().filter(v -> !v.attributes().isEmpty()).toList();
        List<AttributeSpec> attributes = variants.isEmpty() ? List.of() : attributes(variants);
        List<SkuInput> skus = new ArrayList<>();
        if (attributes.isEmpty()) {
            skus.add(new SkuInput(Map.of(), code(listing.sku()), minor(priceOf(listing, null), currency, options),
                    stock(listing.availability(), options), null));
        } else {
            Set<Map<String, String>> seen = new LinkedHashSet<>();
            for (Variant variant : variants) {
                Map<String, String> combination = new LinkedHashMap<>();
                variant.attributes().forEach((name, value) -> combination.put(text(name), text(value)));
                if (seen.add(combination)) {
                    skus.add(new SkuInput(combination, code(variant.sku()), minor(priceOf(listing, variant), currency, options),
                            stock(variant.availability() != null ? variant.availability() : listing.availability(), options), null));
                }
            }
            if (skus.size() > MAX_SKUS) {
                throw new UnusableListing("the product has " + skus.size() + " variants; at most " + MAX_SKUS + " can be imported");
            }
        }
        return new ProductDraft(truncate(listing.name().strip(), MAX_NAME), categoryId, brandId, null, List.of(), List.of(),
                description(listing.description()), "", "", "", currency, attributes, skus, false);
    }

    private static List<AttributeSpec> attributes(List<Variant> variants) throws UnusableListing {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (Variant variant : variants) {
            variant.attributes().forEach((name, value) -> values.computeIfAbsent(text(name), n -> new LinkedHashSet<>())
                    .add(text(value)));
        }
        if (values.size() > MAX_ATTRIBUTES) {
            throw new UnusableListing("the variants differ in " + values.size() + " attributes (" + String.join(", ", values.keySet())
                    + "); a product has at most " + MAX_ATTRIBUTES);
        }
        for (Variant variant : variants) {
            if (variant.attributes().size() != values.size()) {
                throw new UnusableListing("not every variant names " + String.join(", ", values.keySet()));
            }
        }
        List<AttributeSpec> specs = new ArrayList<>();
        for (var entry : values.entrySet()) {
            if (entry.getValue().size() > MAX_VALUES) {
                throw new UnusableListing("the attribute " + entry.getKey() + " has more than " + MAX_VALUES + " values");
            }
            specs.add(new AttributeSpec(entry.getKey(), List.copyOf(entry.getValue())));
        }
        return specs;
    }

    private static String currencyOf(Listing listing) throws UnusableListing {
        String currency = listing.currency();
        if (currency == null) {
            currency = listing.variants().stream().map(Variant::currency).filter(c -> c != null).findFirst().orElse(null);
        }
        if (currency == null || !Money.isValidCurrency(currency.toUpperCase(Locale.ROOT))) {
            throw new UnusableListing(currency == null ? "the page states no currency" : "unknown currency " + currency);
        }
        return currency.toUpperCase(Locale.ROOT);
    }

    private static BigDecimal priceOf(Listing listing, Variant variant) throws UnusableListing {
        BigDecimal price = variant != null && variant.price() != null ? variant.price() : listing.price();
        if (price == null) {
            throw new UnusableListing("the page states no price");
        }
        if (price.signum() < 0) {
            throw new UnusableListing("the price " + price.toPlainString() + " is negative");
        }
        if (price.signum() == 0) {
            throw new UnusableListing("the page states a price of 0; imported products need a positive price");
        }
        return price;
    }

    static long minor(BigDecimal price, String currency, ImportOptions options) throws UnusableListing {
        BigDecimal factor = BigDecimal.ONE.add(options.markupOrZero().movePointLeft(2));
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        BigDecimal minor = price.multiply(factor).setScale(digits, RoundingMode.HALF_UP).movePointRight(digits);
        if (minor.compareTo(BigDecimal.valueOf(100_000_000_000L)) > 0) {
            throw new UnusableListing("the price " + price.toPlainString() + " " + currency + " is too large");
        }
        if (minor.signum() <= 0) {
            throw new UnusableListing("the price " + price.toPlainString() + " " + currency + " comes to less than one minor unit");
        }
        return minor.longValueExact();
    }

    /** Shops show whether something is available, not how many: an available SKU gets the job's stock figure. */
    static int stock(Availability availability, ImportOptions options) {
        if (availability == null) {
            return options.stockWhenAvailable();
        }
        return switch (availability) {
            case OutOfStock, SoldOut, Discontinued -> 0;
            default -> options.stockWhenAvailable();
        };
    }

    /** The shop's description as escaped paragraphs: its markup is not ours to trust or keep. */
    private static String description(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(Entities.escape(paragraph.strip().replaceAll("\\s+", " "))).append("</p>");
            }
        }
        return truncate(html.toString(), MAX_DESCRIPTION);
    }

    private static String code(String sku) {
        return sku == null || sku.isBlank() ? null : truncate(sku.strip(), MAX_CODE);
    }

    private static String text(String value) {
        return truncate(value == null ? "" : value.strip(), MAX_TEXT);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
