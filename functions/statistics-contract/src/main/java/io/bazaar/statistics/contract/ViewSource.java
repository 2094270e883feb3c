package io.bazaar.statistics.contract;

import java.util.Locale;

/** Where a product view came from, as the storefront says it in the product request's {@code source} parameter. */
public enum ViewSource {
    SEARCH, CATEGORY, RECOMMENDATION, DIRECT, SHARED_LINK;

    /**
     * The source a client named ({@code search}, {@code category}, {@code recommendation}, {@code direct},
     * {@code shared-link}); none or an unknown one is a direct view, since a view's hint never fails the page.
     */
    public static ViewSource of(String name) {
        if (name == null || name.isBlank()) {
            return DIRECT;
        }
        try {
            return valueOf(name.strip().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return DIRECT;
        }
    }
}
