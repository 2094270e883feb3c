package io.bazaar.catalog.page;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The sitemap index and its parts (/sitemaps/products-{n}.xml) of every product shoppers may see. Parts hold a
 * fixed number of products in id order, read in keyset batches so no part is ever loaded in one query.
 */
@ApplicationScoped
public class Sitemaps {

    private final VisibleProducts products;
    private final CanonicalUrls urls;
    private final int partSize;
    private final int batchSize;

    Sitemaps(VisibleProducts products, CanonicalUrls urls, PageConfig config) {
        this.products = products;
        this.urls = urls;
        this.partSize = config.sitemapPartSize();
        this.batchSize = config.sitemapBatchSize();
    }

    /** Always names part 1, so the index stays valid (and part 1 an empty urlset) while nothing is on sale. */
    @WithSession
    public Uni<String> index() {
        return products.count().map(count -> {
            long parts = Math.max(1, (count + partSize - 1) / partSize);
            SitemapXml xml = SitemapXml.index();
            for (long n = 1; n <= parts; n++) {
                xml.sitemap(urls.site(partPath(n)));
            }
            return xml.finish();
        });
    }

    /** Empty for parts past the end. */
    @WithSession
    public Uni<Optional<String>> part(long n) {
        long start = (n - 1) * partSize;
        if (n < 1 || start > Integer.MAX_VALUE) {
            return Uni.createFrom().item(Optional.empty());
        }
        return products.idAt((int) start).chain(first -> {
            if (first == null) {
                return Uni.createFrom().item(n == 1 ? Optional.of(SitemapXml.urlSet().finish()) : Optional.<String>empty());
            }
            SitemapXml xml = SitemapXml.urlSet();
            return write(xml, first, true, partSize).map(done -> Optional.of(xml.finish()));
        });
    }

    static String partPath(long n) {
        return "/sitemaps/products-" + n + ".xml";
    }

    private Uni<Void> write(SitemapXml xml, UUID from, boolean inclusive, int remaining) {
        int limit = Math.min(batchSize, remaining);
        return products.linksFrom(from, inclusive, limit).chain(batch -> {
            add(xml, batch);
            if (batch.size() < limit || remaining == batch.size()) {
                return Uni.createFrom().voidItem();
            }
            return write(xml, batch.get(batch.size() - 1).id(), false, remaining - batch.size());
        });
    }

    private void add(SitemapXml xml, List<ProductLink> batch) {
        batch.forEach(link -> xml.url(urls.of(link.id(), link.slug()), link.updatedAt()));
    }
}
