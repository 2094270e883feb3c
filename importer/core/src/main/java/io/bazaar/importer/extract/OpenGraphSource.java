package io.bazaar.importer.extract;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads OpenGraph product tags, which many shops keep for social previews even without schema.org data. */
final class OpenGraphSource implements ListingSource {

    @Override
    public Optional<Listing> extract(Document page, URI url) {
        Optional<String> title = meta(page, "og:title");
        if (title.isEmpty()) {
            return Optional.empty();
        }
        Optional<StructuredPrice> price = StructuredPrice.read(
                meta(page, "product:price:amount").or(() -> meta(page, "og:price:amount")),
                meta(page, "product:price:currency").or(() -> meta(page, "og:price:currency")));
        List<String> images = page.select("meta[property=og:image], meta[property=og:image:url], meta[property=og:image:secure_url]")
                .stream().map(m -> PageUrls.absolute(url, m.attr("content"))).flatMap(Optional::stream).distinct().toList();
        return Optional.of(new Listing(title.get(), meta(page, "og:description").orElse(null),
                meta(page, "product:brand").orElse(null), meta(page, "product:retailer_item_id").orElse(null),
                meta(page, "product:ean").or(() -> meta(page, "product:upc")).orElse(null), meta(page, "product:mfr_part_no").orElse(null),
                price.map(StructuredPrice::amount).orElse(null), price.map(StructuredPrice::currency).orElse(null),
                meta(page, "product:availability").or(() -> meta(page, "og:availability")).flatMap(Availability::of).orElse(null),
                images, Breadcrumbs.visible(page), List.of(), null, "opengraph"));
    }

    private static Optional<String> meta(Document page, String property) {
        Element tag = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return Optional.ofNullable(tag).map(t -> t.attr("content").strip()).filter(c -> !c.isEmpty());
    }
}
