package io.bazaar.importer.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bazaar.importer.extract.Listing;
import io.bazaar.importer.extract.Variant;
import io.bazaar.importer.price.Currencies;
import java.math.BigDecimal;
import java.util.List;

/** The command line's JSON for a listing: absent facts are left out and prices are decimal strings ("1299.00"). */
final class ListingJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ListingJson() {
    }

    static ObjectNode of(Listing listing, ObjectNode into) {
        put(into, "source", listing.source());
        put(into, "name", listing.name());
        put(into, "description", listing.description());
        put(into, "brand", listing.brand());
        put(into, "sku", listing.sku());
        put(into, "gtin", listing.gtin());
        put(into, "mpn", listing.mpn());
        put(into, "price", price(listing.price(), listing.currency()));
        put(into, "currency", listing.currency());
        put(into, "availability", listing.availability() == null ? null : listing.availability().name());
        strings(into, "images", listing.images());
        strings(into, "categories", listing.categories());
        if (!listing.variants().isEmpty()) {
            ArrayNode variants = into.putArray("variants");
            for (Variant variant : listing.variants()) {
                ObjectNode node = variants.addObject();
                ObjectNode attributes = node.putObject("attributes");
                variant.attributes().forEach(attributes::put);
                put(node, "sku", variant.sku());
                put(node, "price", price(variant.price(), variant.currency()));
                put(node, "currency", variant.currency());
                put(node, "availability", variant.availability() == null ? null : variant.availability().name());
            }
        }
        if (listing.rating() != null) {
            ObjectNode rating = into.putObject("rating");
            rating.put("value", listing.rating().value().toPlainString());
            rating.put("count", listing.rating().count());
        }
        return into;
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static String price(BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        boolean fitsMinorUnits = currency != null && amount.scale() <= Currencies.fractionDigits(currency);
        return fitsMinorUnits ? Currencies.decimal(amount, currency) : amount.toPlainString();
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void strings(ObjectNode node, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }
}
