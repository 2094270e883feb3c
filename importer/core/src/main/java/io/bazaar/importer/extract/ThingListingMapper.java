package io.bazaar.importer.extract;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Turns a schema.org Product or ProductGroup, from whichever structured source, into a {@link Listing}. */
final class ThingListingMapper {

    private static final List<String> GTINS = List.of("gtin13", "gtin14", "gtin12", "gtin8", "gtin", "isbn");
    private static final Pattern NAMED_PAIRS = Pattern.compile("[^:,;]+:[^:,;]+([,;][^:,;]+:[^:,;]+)*");
    private static final List<String> USUAL_VARIANT_PROPERTIES = List.of("color", "size", "material", "pattern",
            "suggestedAge", "suggestedGender");

    private ThingListingMapper() {
    }

    /** The first ProductGroup among the things, else the first Product. */
    static Optional<Thing> product(List<Thing> roots) {
        for (String type : List.of("ProductGroup", "Product", "IndividualProduct", "ProductModel")) {
            Optional<Thing> found = roots.stream().flatMap(Thing::selfAndDescendants).filter(t -> t.is(type)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    static List<String> breadcrumbs(List<Thing> roots) {
        return roots.stream().flatMap(Thing::selfAndDescendants).filter(t -> t.is("BreadcrumbList"))
                .map(Breadcrumbs::of).filter(l -> !l.isEmpty()).findFirst().orElse(List.of());
    }

    static Listing map(Thing product, URI url, List<String> breadcrumbs, String source) {
        Optional<Thing> offer = offers(product).filter(o -> price(o).isPresent()).findFirst()
                .or(() -> offers(product).findFirst());
        Optional<StructuredPrice> price = offer.flatMap(ThingListingMapper::price);
        List<Variant> variants = variants(product, url);
        boolean offersAreVariants = product.things("hasVariant").isEmpty() && !variants.isEmpty();
        if (price.isEmpty() || offersAreVariants) {
            price = variants.stream().filter(v -> v.price() != null).min(Comparator.comparing(Variant::price))
                    .map(v -> new StructuredPrice(v.price(), v.currency()));
        }
        Optional<Availability> availability = offer.flatMap(o -> o.text("availability")).or(() -> product.text("availability"))
                .flatMap(Availability::of);
        List<String> categories = breadcrumbs.isEmpty()
                ? product.text("category").map(c -> Arrays.stream(c.split("[>›»/]")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList()).orElse(List.of())
                : breadcrumbs;
        return new Listing(product.text("name").orElse(null), product.text("description").orElse(null),
                product.text("brand").or(() -> product.text("manufacturer")).orElse(null),
                product.text("sku").orElse(null),
                GTINS.stream().map(product::text).flatMap(Optional::stream).findFirst().orElse(null),
                product.text("mpn").orElse(null),
                price.map(StructuredPrice::amount).orElse(null), price.map(StructuredPrice::currency).orElse(null),
                availability.orElse(null), images(product, url), categories, variants, rating(product).orElse(null),
                source);
    }

    /** Offers of the product, the offers inside an AggregateOffer after the AggregateOffer itself. */
    private static Stream<Thing> offers(Thing product) {
        return product.things("offers").stream().flatMap(o -> Stream.concat(Stream.of(o), o.things("offers").stream()));
    }

    private static Optional<StructuredPrice> price(Thing offer) {
        Optional<String> currency = offer.text("priceCurrency");
        Optional<StructuredPrice> direct = StructuredPrice.read(offer.text("price").or(() -> offer.text("lowPrice")), currency);
        if (direct.isPresent()) {
            return direct;
        }
        return offer.things("priceSpecification").stream()
                .map(spec -> StructuredPrice.read(spec.text("price").or(() -> spec.text("minPrice")),
                        spec.text("priceCurrency").or(() -> currency)))
                .flatMap(Optional::stream).findFirst();
    }

    private static List<Variant> variants(Thing group, URI url) {
        if (group.things("hasVariant").isEmpty()) {
            return offerVariants(group);
        }
        List<String> varies = group.texts("variesBy").stream().map(Thing::simpleName).toList();
        List<Variant> variants = new ArrayList<>();
        for (Thing variant : group.things("hasVariant")) {
            List<String> names = varies.isEmpty() ? USUAL_VARIANT_PROPERTIES : varies;
            Map<String, String> attributes = new LinkedHashMap<>();
            names.forEach(n -> variant.text(n).ifPresent(v -> attributes.put(n, v)));
            Optional<Thing> offer = offers(variant).findFirst();
            Optional<StructuredPrice> price = offer.flatMap(ThingListingMapper::price);
            variants.add(new Variant(attributes, variant.text("sku").orElse(null),
                    price.map(StructuredPrice::amount).orElse(null), price.map(StructuredPrice::currency).orElse(null),
                    offer.flatMap(o -> o.text("availability")).flatMap(Availability::of).orElse(null)));
        }
        return variants;
    }

    /**
     * Variants told as one Offer each (as many shop systems write them): two or more priced offers, each with its own
     * SKU or name. Offers of different sellers for the same item name neither and stay one product. Attributes come
     * from the offered item's properties, else from a name like "colour: red, size: S", else the name (or SKU) itself;
     * when the offers do not all name the same attributes, each is its name alone.
     */
    private static List<Variant> offerVariants(Thing product) {
        List<Thing> offers = offers(product).filter(o -> !o.is("AggregateOffer")).toList();
        List<String> keys = offers.stream().map(o -> o.text("sku").or(() -> o.text("name")).orElse("")).toList();
        if (offers.size() < 2 || keys.contains("") || keys.stream().distinct().count() != keys.size()) {
            return List.of();
        }
        List<Map<String, String>> attributes = offers.stream().map(ThingListingMapper::offerAttributes).toList();
        if (attributes.stream().map(Map::keySet).distinct().count() > 1) {
            // offers that do not name the same attributes are told apart by their names alone
            attributes = offers.stream().map(o -> Map.of("variant", o.text("name").or(() -> o.text("sku")).orElseThrow())).toList();
        }
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            Thing offer = offers.get(i);
            Optional<StructuredPrice> price = price(offer);
            variants.add(new Variant(attributes.get(i), offer.text("sku").orElse(null),
                    price.map(StructuredPrice::amount).orElse(null), price.map(StructuredPrice::currency).orElse(null),
                    offer.text("availability").flatMap(Availability::of).orElse(null)));
        }
        return variants;
    }

    private static Map<String, String> offerAttributes(Thing offer) {
        Map<String, String> attributes = new LinkedHashMap<>();
        offer.things("itemOffered").stream().findFirst().ifPresent(item ->
                USUAL_VARIANT_PROPERTIES.forEach(n -> item.text(n).ifPresent(v -> attributes.put(n, v))));
        if (!attributes.isEmpty()) {
            return attributes;
        }
        Optional<String> name = offer.text("name").map(String::strip).filter(n -> !n.isEmpty());
        if (name.isPresent() && NAMED_PAIRS.matcher(name.get()).matches()) {
            for (String pair : name.get().split("[,;]")) {
                String[] parts = pair.split(":", 2);
                attributes.put(parts[0].strip(), parts[1].strip());
            }
            return attributes;
        }
        attributes.put("variant", name.or(() -> offer.text("sku")).orElseThrow());
        return attributes;
    }

    private static List<String> images(Thing product, URI url) {
        return product.texts("image").stream().map(src -> PageUrls.absolute(url, src)).flatMap(Optional::stream)
                .distinct().toList();
    }

    private static Optional<Rating> rating(Thing product) {
        return product.things("aggregateRating").stream().findFirst().flatMap(r -> {
            Optional<BigDecimal> value = r.text("ratingValue").flatMap(ThingListingMapper::decimal);
            long count = r.text("reviewCount").or(() -> r.text("ratingCount")).flatMap(ThingListingMapper::decimal)
                    .map(BigDecimal::longValue).orElse(0L);
            return value.map(v -> new Rating(v, count));
        });
    }

    private static Optional<BigDecimal> decimal(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
