package io.bazaar.importer.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** schema.org ItemAvailability values, so stock states from any source compare equal. */
public enum Availability {
    InStock, OutOfStock, PreOrder, PreSale, BackOrder, Discontinued, LimitedAvailability, InStoreOnly,
    OnlineOnly, SoldOut, MadeToOrder;

    private static final Map<String, Availability> WORDS = Map.ofEntries(
            Map.entry("available", InStock), Map.entry("instock", InStock), Map.entry("in stock", InStock),
            Map.entry("availablefororder", InStock), Map.entry("outofstock", OutOfStock), Map.entry("oos", OutOfStock),
            Map.entry("unavailable", OutOfStock), Map.entry("notavailable", OutOfStock), Map.entry("pending", PreOrder),
            Map.entry("preorder", PreOrder), Map.entry("backorder", BackOrder), Map.entry("discontinued", Discontinued),
            Map.entry("soldout", SoldOut), Map.entry("presale", PreSale), Map.entry("limitedavailability", LimitedAvailability),
            Map.entry("instoreonly", InStoreOnly), Map.entry("onlineonly", OnlineOnly), Map.entry("madetoorder", MadeToOrder));

    /** Reads "https://schema.org/InStock", "schema:OutOfStock", "in stock", "oos", "pre-order" and the like. */
    public static Optional<Availability> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = text.strip().replaceFirst("(?i)^(https?://schema\\.org/|schema:)", "")
                .toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
        return Optional.ofNullable(WORDS.get(word));
    }
}
