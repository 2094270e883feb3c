package io.bazaar.catalog.merchant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.product.Product;
import io.bazaar.catalog.product.ProductTerm;
import io.bazaar.catalog.product.ProductTermRepository;
import io.bazaar.catalog.product.SkuRepository;
import io.bazaar.catalog.term.TermKind;
import io.bazaar.catalog.term.TermRepository;
import io.smallrye.mutiny.Uni;

/** Builds the merchant-centre view of stored products (with their SKUs, keywords and tags). */
@ApplicationScoped
public class ProductViews {

    private final SkuRepository skus;
    private final ProductTermRepository productTerms;
    private final TermRepository terms;

    ProductViews(SkuRepository skus, ProductTermRepository productTerms, TermRepository terms) {
        this.skus = skus;
        this.productTerms = productTerms;
        this.terms = terms;
    }

    public Uni<MerchantProductView> of(Product product) {
        return skus.ofProduct(product.id).chain(all -> productTerms.ofProduct(product.id).chain(links -> splitTerms(links)
                .map(split -> MerchantProductView.of(product, all, split.get(TermKind.KEYWORD), split.get(TermKind.TAG)))));
    }

    /** One after the other: a Hibernate Reactive session runs one query at a time. */
    public Uni<List<MerchantProductView>> of(List<Product> found) {
        Uni<List<MerchantProductView>> result = Uni.createFrom().item(new ArrayList<>());
        for (Product product : found) {
            result = result.chain(list -> of(product).map(view -> {
                list.add(view);
                return list;
            }));
        }
        return result;
    }

    private Uni<Map<TermKind, List<Long>>> splitTerms(List<ProductTerm> links) {
        return terms.byIds(links.stream().map(l -> l.termId).toList()).map(found -> {
            Map<TermKind, List<Long>> split = new HashMap<>(Map.of(TermKind.KEYWORD, new ArrayList<>(), TermKind.TAG, new ArrayList<>()));
            found.forEach(t -> split.computeIfAbsent(t.kind, k -> new ArrayList<>()).add(t.id));
            split.values().forEach(ids -> ids.sort(Long::compare));
            return split;
        });
    }
}
