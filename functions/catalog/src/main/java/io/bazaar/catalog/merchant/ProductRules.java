package io.bazaar.catalog.merchant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

import io.bazaar.catalog.category.CategoryRepository;
import io.bazaar.catalog.product.AttributeSpec;
import io.bazaar.catalog.product.Product;
import io.bazaar.catalog.product.Sku;
import io.bazaar.catalog.term.Term;
import io.bazaar.catalog.term.TermKind;
import io.bazaar.catalog.term.TermRepository;
import io.bazaar.platform.money.Money;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The rules a product must keep before it is stored: a known category, the merchant's own terms of the right kind,
 * a valid currency, distinct attributes and values, SKUs that each name exactly one value of every attribute with no
 * combination twice, and positive prices unless the product is marked free, when every price is 0
 * (docs/decisions/catalog-prices.md). Every broken rule is reported at once, by field.
 */
@ApplicationScoped
public class ProductRules {

    /** Tags and attributes a product description may keep; scripts, styles, forms and event handlers never survive. */
    private static final Safelist DESCRIPTION = Safelist.relaxed().removeTags("img").addTags("figure", "figcaption", "hr");

    private final CategoryRepository categories;
    private final TermRepository terms;

    ProductRules(CategoryRepository categories, TermRepository terms) {
        this.categories = categories;
        this.terms = terms;
    }

    public Uni<CheckedDraft> check(UUID merchantId, UUID productIdOrNull, ProductDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (!Money.isValidCurrency(draft.currency())) {
            errors.add(new FieldError("currency", "is not an ISO 4217 currency"));
        }
        List<AttributeSpec> specs = checkAttributes(draft.attributesOrEmpty(), errors);
        List<Map<String, String>> combinations = checkSkus(draft.skus(), specs, errors);
        checkPrices(draft, errors);
        Set<Long> termIds = new HashSet<>(draft.keywordIdsOrEmpty());
        termIds.addAll(draft.tagIdsOrEmpty());
        Stream.of(draft.brandId(), draft.seriesId()).filter(Objects::nonNull).forEach(termIds::add);

        return categories.findById(draft.categoryId())
                .invoke(category -> {
                    if (category == null) {
                        errors.add(new FieldError("categoryId", "is not a known category"));
                    }
                })
                .chain(() -> terms.byIds(termIds))
                .invoke(found -> checkTerms(merchantId, draft, found, errors))
                .chain(found -> imagesOf(productIdOrNull).map(images -> {
                    checkSkuImages(draft.skus(), images, errors);
                    if (!errors.isEmpty()) {
                        throw ProblemException.invalid(errors.toArray(FieldError[]::new));
                    }
                    String termNames = found.stream().map(t -> t.name).collect(Collectors.joining(" "));
                    String description = draft.description() == null ? "" : Jsoup.clean(draft.description(), DESCRIPTION);
                    return new CheckedDraft(draft, specs, combinations, description, termNames);
                }));
    }

    private static List<AttributeSpec> checkAttributes(List<AttributeSpec> attributes, List<FieldError> errors) {
        Set<String> names = new HashSet<>();
        List<AttributeSpec> specs = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            AttributeSpec spec = attributes.get(i);
            String name = spec.name().strip();
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError("attributes[" + i + "].name", "repeats another attribute"));
            }
            Set<String> values = new LinkedHashSet<>();
            for (String value : spec.values()) {
                if (!values.add(value.strip())) {
                    errors.add(new FieldError("attributes[" + i + "].values", "repeats the value '" + value.strip() + "'"));
                }
            }
            specs.add(new AttributeSpec(name, List.copyOf(values)));
        }
        return specs;
    }

    private static List<Map<String, String>> checkSkus(List<SkuInput> skus, List<AttributeSpec> specs, List<FieldError> errors) {
        Map<String, AttributeSpec> byName = specs.stream().collect(Collectors.toMap(AttributeSpec::name, s -> s, (a, b) -> a));
        Map<Map<String, String>, Integer> seen = new HashMap<>();
        Set<String> codes = new HashSet<>();
        List<Map<String, String>> combinations = new ArrayList<>();
        for (int i = 0; i < skus.size(); i++) {
            SkuInput sku = skus.get(i);
            String field = "skus[" + i + "].attributes";
            Map<String, String> combination = new TreeMap<>();
            (sku.attributes() == null ? Map.<String, String>of() : sku.attributes())
                    .forEach((name, value) -> combination.put(name.strip(), value == null ? null : value.strip()));
            if (!combination.keySet().equals(byName.keySet())) {
                errors.add(new FieldError(field, byName.isEmpty() ? "must be empty: the product has no attributes"
                        : "must give one value for each of " + String.join(", ", byName.keySet())));
            } else {
                combination.forEach((name, value) -> {
                    if (!byName.get(name).values().contains(value)) {
                        errors.add(new FieldError(field, "'" + value + "' is not a value of " + name));
                    }
                });
            }
            Integer earlier = seen.putIfAbsent(combination, i);
            if (earlier != null) {
                errors.add(new FieldError(field, "is the same combination as skus[" + earlier + "]"));
            }
            if (sku.code() != null && !sku.code().isBlank() && !codes.add(sku.code().strip())) {
                errors.add(new FieldError("skus[" + i + "].code", "repeats another SKU's code"));
            }
            combinations.add(combination);
        }
        return combinations;
    }

    /** A SKU's new price on its own (a price change, an accepted price alert): 400 with a field error if it breaks the rule. */
    public void checkPrice(Product product, long priceMinor) {
        String problem = priceProblem(product.free, priceMinor);
        if (problem != null) {
            throw ProblemException.invalid(new FieldError("priceMinor", problem));
        }
    }

    /** Before a product goes on sale: one stored before the price rule may still have a SKU priced 0. */
    public void checkSellable(Product product, List<Sku> skus) {
        if (skus.stream().anyMatch(sku -> priceProblem(product.free, sku.priceMinor) != null)) {
            throw ProblemException.unprocessable("sku-price-invalid", product.free
                    ? "A free product sells every SKU at 0; set its prices to 0 before listing it."
                    : "Every SKU needs a positive price before the product can be listed; a product given away is marked free.");
        }
    }

    private static void checkPrices(ProductDraft draft, List<FieldError> errors) {
        for (int i = 0; i < draft.skus().size(); i++) {
            Long price = draft.skus().get(i).priceMinor();
            String problem = price == null ? null : priceProblem(draft.freeOrFalse(), price);
            if (problem != null) {
                errors.add(new FieldError("skus[" + i + "].priceMinor", problem));
            }
            Long member = draft.skus().get(i).memberPriceMinor();
            if (member != null && price != null && member >= price) {
                errors.add(new FieldError("skus[" + i + "].memberPriceMinor", "must be below the price"));
            }
        }
    }

    /** Why a price breaks the rule, or null: positive, or exactly 0 for a product its merchant marked free. */
    private static String priceProblem(boolean free, long priceMinor) {
        if (free) {
            return priceMinor == 0 ? null : "must be 0: the product is marked free";
        }
        return priceMinor > 0 ? null : "must be positive; a product given away is marked free";
    }

    private static void checkTerms(UUID merchantId, ProductDraft draft, List<Term> found, List<FieldError> errors) {
        Map<Long, Term> byId = found.stream().filter(t -> t.merchantId.equals(merchantId))
                .collect(Collectors.toMap(t -> t.id, t -> t));
        checkTerm("brandId", draft.brandId(), TermKind.BRAND, byId, errors);
        checkTerm("seriesId", draft.seriesId(), TermKind.SERIES, byId, errors);
        for (int i = 0; i < draft.keywordIdsOrEmpty().size(); i++) {
            checkTerm("keywordIds[" + i + "]", draft.keywordIdsOrEmpty().get(i), TermKind.KEYWORD, byId, errors);
        }
        for (int i = 0; i < draft.tagIdsOrEmpty().size(); i++) {
            checkTerm("tagIds[" + i + "]", draft.tagIdsOrEmpty().get(i), TermKind.TAG, byId, errors);
        }
    }

    private static void checkTerm(String field, Long id, TermKind kind, Map<Long, Term> byId, List<FieldError> errors) {
        if (id != null && (byId.get(id) == null || byId.get(id).kind != kind)) {
            errors.add(new FieldError(field, "is not one of your " + kind.path()));
        }
    }

    private static void checkSkuImages(List<SkuInput> skus, Set<UUID> images, List<FieldError> errors) {
        for (int i = 0; i < skus.size(); i++) {
            UUID image = skus.get(i).imageId();
            if (image != null && !images.contains(image)) {
                errors.add(new FieldError("skus[" + i + "].imageId", "is not an image of this product"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Uni<Set<UUID>> imagesOf(UUID productId) {
        if (productId == null) {
            return Uni.createFrom().item(Set.of());
        }
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select id from product_images where product_id = ?1 and status = 'ATTACHED'", UUID.class)
                .setParameter(1, productId).getResultList())
                .map(ids -> Set.copyOf((List<UUID>) ids));
    }
}
