package io.bazaar.catalog.imports.refresh;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.bazaar.catalog.imports.ImportsConfig;
import io.bazaar.catalog.imports.job.ImportOptions;
import io.bazaar.catalog.imports.work.Awaited;
import io.bazaar.catalog.imports.work.ImportedProduct;
import io.bazaar.catalog.imports.work.ImportedProductRepository;
import io.bazaar.catalog.imports.work.ListingDrafts;
import io.bazaar.catalog.imports.work.UnusableListing;
import io.bazaar.catalog.imports.work.Visits;
import io.bazaar.catalog.merchant.ProductDraft;
import io.bazaar.catalog.merchant.ProductPublishing;
import io.bazaar.catalog.merchant.SkuChange;
import io.bazaar.catalog.merchant.SkuInput;
import io.bazaar.catalog.product.Product;
import io.bazaar.catalog.product.ProductRepository;
import io.bazaar.catalog.product.Sku;
import io.bazaar.catalog.product.SkuRepository;
import io.bazaar.importer.crawl.Crawler;
import io.bazaar.importer.crawl.FetchResult;
import io.bazaar.importer.extract.Listing;
import io.bazaar.importer.extract.ProductExtractor;
import io.quarkus.hibernate.reactive.panache.Panache;

/**
 * Visits imported products' pages again and brings price and stock in line with the source: stock and small price
 * changes are applied (no review needed), a price change of at least the configured share is held as an alert for
 * the merchant, and every new price goes into the price history. Content changes wait for a re-import, which the
 * merchant starts, since they send the product back to review. Blocking.
 */
@ApplicationScoped
public class PriceRefresh {

    private static final Logger LOG = Logger.getLogger(PriceRefresh.class);

    private final Crawler crawler;
    private final ImportedProductRepository imported;
    private final ProductRepository products;
    private final SkuRepository skus;
    private final ProductPublishing publishing;
    private final PriceAlerts alerts;
    private final PriceHistoryStore history;
    private final Visits visits;
    private final ImportsConfig config;

    PriceRefresh(Crawler crawler, ImportedProductRepository imported, ProductRepository products, SkuRepository skus,
            ProductPublishing publishing, PriceAlerts alerts, PriceHistoryStore history, Visits visits, ImportsConfig config) {
        this.crawler = crawler;
        this.imported = imported;
        this.products = products;
        this.skus = skus;
        this.publishing = publishing;
        this.alerts = alerts;
        this.history = history;
        this.visits = visits;
        this.config = config;
    }

    public void refresh(UUID merchantId, List<UUID> productIds) {
        for (UUID productId : productIds) {
            try {
                refreshOne(merchantId, productId);
            } catch (RuntimeException e) {
                LOG.warnf(e, "Refresh of imported product %s failed; it is tried again at its next visit", productId);
                visits.failed(productId);
            }
        }
    }

    private void refreshOne(UUID merchantId, UUID productId) {
        ImportedProduct row = Awaited.result(() -> Panache.withSession(() -> imported.findById(productId)));
        if (row == null || !row.merchantId.equals(merchantId)) {
            return;
        }
        FetchResult page = crawler.fetchPage(URI.create(row.sourceUrl), Visits.validatorsOf(row));
        switch (page.outcome()) {
            case NOT_MODIFIED, UNCHANGED -> {
                visits.visited(productId, null, page.validators(), false);
                return;
            }
            case FETCHED -> {
            }
            default -> {
                LOG.infof("Refresh of %s: %s", row.sourceUrl, page.reason());
                visits.failed(productId);
                return;
            }
        }
        Optional<Listing> listing = ProductExtractor.extract(page.body(), page.finalUrl(), page.headers());
        Product product = Awaited.result(() -> Panache.withSession(() -> products.findById(productId)));
        if (listing.isEmpty() || product == null) {
            LOG.infof("Refresh of %s: no product on the page any more", row.sourceUrl);
            visits.failed(productId);
            return;
        }
        ProductDraft offers;
        try {
            offers = ListingDrafts.draft(listing.get(), new ImportOptions(product.categoryId, null, false, row.markupPercent,
                    row.stockWhenInStock, null), product.categoryId, null);
        } catch (UnusableListing e) {
            LOG.infof("Refresh of %s: %s", row.sourceUrl, e.getMessage());
            visits.failed(productId);
            return;
        }
        if (!offers.currency().equals(product.currency)) {
            LOG.infof("Refresh of %s: the shop now prices in %s, the product is in %s; left as it is", row.sourceUrl,
                    offers.currency(), product.currency);
            visits.failed(productId);
            return;
        }
        boolean changed = false;
        for (Sku sku : Awaited.result(() -> Panache.withSession(() -> skus.ofProduct(productId)))) {
            Optional<SkuInput> offer = offerFor(sku, offers.skus());
            if (offer.isPresent()) {
                changed |= apply(merchantId, product, sku, offer.get());
            }
        }
        visits.visited(productId, null, page.validators(), changed);
    }

    /** A SKU's offer on the page: by the shop's SKU code, else by its attributes; a product without variants has one. */
    static Optional<SkuInput> offerFor(Sku sku, List<SkuInput> offers) {
        if (sku.code != null) {
            Optional<SkuInput> byCode = offers.stream().filter(o -> sku.code.equals(o.code())).findFirst();
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        Map<String, String> attributes = sku.attributes == null ? Map.of() : sku.attributes;
        return offers.stream().filter(o -> Objects.equals(attributes, o.attributes() == null ? Map.of() : o.attributes()))
                .findFirst();
    }

    private boolean apply(UUID merchantId, Product product, Sku sku, SkuInput offer) {
        long oldPrice = sku.priceMinor;
        long newPrice = offer.priceMinor();
        boolean available = offer.stock() > 0;
        history.observe(product.id, sku.id, newPrice, product.currency, available);
        // our stock falls with our own sales: only coming back into, or going out of, stock at the source changes it
        Integer stock = available == (sku.stock > 0) ? null : offer.stock();
        Long price = null;
        if (newPrice != oldPrice) {
            if (isLarge(oldPrice, newPrice)) {
                Awaited.result(() -> alerts.raise(merchantId, product.id, sku.id, oldPrice, newPrice, product.currency));
            } else {
                price = newPrice;
            }
        }
        if (price != null || stock != null) {
            SkuChange change = new SkuChange(price, stock);
            Awaited.result(() -> publishing.changeSku(merchantId, product.id, sku.id, change));
        }
        return newPrice != oldPrice || stock != null;
    }

    private boolean isLarge(long oldPrice, long newPrice) {
        return oldPrice == 0 || Math.abs(newPrice - oldPrice) >= config.refresh().largeChange() * oldPrice;
    }
}
