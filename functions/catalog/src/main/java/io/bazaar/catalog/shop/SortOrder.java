package io.bazaar.catalog.shop;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The orders a shopper can sort search results by, named as in the {@code sort} query parameter. */
public enum SortOrder {
    RELEVANCE, NEWEST, SALES, POPULARITY, PRICE_ASC, PRICE_DESC, RATING;

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SortOrder> ofParameter(String value) {
        return Arrays.stream(values()).filter(s -> s.parameter().equals(value.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(SortOrder::parameter).collect(Collectors.joining(", "));
    }
}
