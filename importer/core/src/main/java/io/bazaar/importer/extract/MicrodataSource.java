package io.bazaar.importer.extract;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;

/** Reads a microdata Product (itemscope, itemtype, itemprop), common on older shop templates. */
final class MicrodataSource implements ListingSource {

    private static final StructuredMarkup MICRODATA = new StructuredMarkup("itemscope", "itemtype", "itemprop");

    @Override
    public Optional<Listing> extract(Document page, URI url) {
        List<Thing> items = MICRODATA.topLevelItems(page);
        return ThingListingMapper.product(items).map(product -> ThingListingMapper.map(product, url,
                Breadcrumbs.or(ThingListingMapper.breadcrumbs(items), page), "microdata"));
    }
}
