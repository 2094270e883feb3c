package io.bazaar.importer.extract;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;

/** Reads an RDFa Product (typeof, property), as some CMS themes emit instead of microdata. */
final class RdfaSource implements ListingSource {

    private static final StructuredMarkup RDFA = new StructuredMarkup("typeof", "typeof", "property");

    @Override
    public Optional<Listing> extract(Document page, URI url) {
        List<Thing> items = RDFA.topLevelItems(page);
        return ThingListingMapper.product(items).map(product -> ThingListingMapper.map(product, url,
                Breadcrumbs.or(ThingListingMapper.breadcrumbs(items), page), "rdfa"));
    }
}
