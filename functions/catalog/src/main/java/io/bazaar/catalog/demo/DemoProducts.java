package io.bazaar.catalog.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.bazaar.catalog.merchant.ProductDraft;
import io.bazaar.catalog.merchant.ProductPublishing;
import io.bazaar.catalog.merchant.SkuInput;
import io.bazaar.catalog.moderation.ModerationService;
import io.bazaar.catalog.product.AttributeSpec;
import io.bazaar.catalog.product.ProductRepository;
import io.bazaar.catalog.term.TermKind;
import io.bazaar.catalog.term.TermService;
import io.bazaar.platform.demo.DemoSeeding;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Puts a few products of the demo merchant on sale in the local run (bazaar.demo.seed, where {@link DemoSeeding}
 * allows it), English and Chinese, with and without attributes, through the same publishing and moderation services a
 * merchant and an admin use.
 */
public class DemoProducts {

    private static final Logger LOG = Logger.getLogger(DemoProducts.class);

    /** The demo merchant that identity seeds ("Acme Outfitters"); its owner and staff sign in with the README logins. */
    static final UUID DEMO_MERCHANT_ID = UUID.fromString("6d1f2c3a-0000-4000-8000-00000000a001");

    void seed(@Observes StartupEvent event, DemoSeeding seeding, ProductRepository products, ProductPublishing publishing,
            ModerationService moderation, TermService terms) throws Throwable {
        if (!seeding.allowed() || VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> products.count("merchantId", DEMO_MERCHANT_ID))) > 0) {
            return;
        }
        Long brand = VertxContextSupport.subscribeAndAwait(() -> terms.add(DEMO_MERCHANT_ID, TermKind.BRAND, "Acme")).id();
        for (ProductDraft draft : drafts(brand)) {
            VertxContextSupport.subscribeAndAwait(() -> publishing.create(DEMO_MERCHANT_ID, draft)
                    .chain(created -> publishing.submit(DEMO_MERCHANT_ID, created.id()))
                    .chain(submitted -> moderation.approve(submitted.id()))
                    .chain(approved -> publishing.list(DEMO_MERCHANT_ID, approved.id())));
        }
        LOG.infof("Demo products on sale: %d (merchant Acme Outfitters)", drafts(brand).size());
    }

    private static List<ProductDraft> drafts(Long brand) {
        return List.of(
                draft("Acme Wireless Headphones", 3, brand, "<p>Over-ear, 30 hours of battery, active noise cancelling.</p>",
                        List.of(new AttributeSpec("colour", List.of("black", "white"))), 59900, 25),
                draft("Acme 无线蓝牙耳机 Pro", 3, brand, "<p>入耳式无线蓝牙耳机，主动降噪，续航 24 小时。</p>", List.of(), 39900, 40),
                draft("Classic Cotton Tee", 6, brand, "<p>Soft <b>organic cotton</b>, regular fit.</p>",
                        List.of(new AttributeSpec("colour", List.of("red", "navy")), new AttributeSpec("size", List.of("S", "M", "L"))),
                        9900, 12),
                draft("Trail Running Shoes", 7, brand, "<p>Grippy outsole for wet trails.</p>",
                        List.of(new AttributeSpec("size", List.of("40", "41", "42", "43"))), 45900, 6),
                draft("不锈钢电水壶 1.7L", 9, null, "<p>食品级不锈钢内胆，自动断电。</p>", List.of(), 15900, 0),
                draft("The Little Book of Shops", 10, null, "<p>A field guide to markets around the world.</p>", List.of(), 6800, 100));
    }

    /** Every combination of the attribute values becomes a SKU, 10.00 dearer per step so prices differ. */
    private static ProductDraft draft(String name, long category, Long brand, String description, List<AttributeSpec> attributes,
            long priceMinor, int stock) {
        List<Map<String, String>> combinations = new ArrayList<>(List.of(Map.of()));
        for (AttributeSpec attribute : attributes) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> combination : combinations) {
                for (String value : attribute.values()) {
                    Map<String, String> extended = new LinkedHashMap<>(combination);
                    extended.put(attribute.name(), value);
                    next.add(extended);
                }
            }
            combinations = next;
        }
        List<SkuInput> skus = new ArrayList<>();
        for (int i = 0; i < combinations.size(); i++) {
            skus.add(new SkuInput(combinations.get(i), null, priceMinor + 1000L * i, stock, null));
        }
        return new ProductDraft(name, category, brand, null, List.of(), List.of(), description, "", "", "", "CNY",
                attributes, skus, false);
    }
}
