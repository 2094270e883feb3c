package io.bazaar.catalog.page;

import io.bazaar.platform.money.Money;

/** Prices as shoppers and search engines read them, from integer minor units and the currency's fraction digits. */
final class Prices {

    private Prices() {
    }

    /** "19.99" for 1999 CNY, "1999" for 1999 JPY: the form schema.org and OpenGraph expect. */
    static String decimal(long minor, String currency) {
        return new Money(minor, currency).toDecimalString();
    }

    /** "CNY 19.99", or "CNY 19.99 – 22.99" when the SKUs differ in price. */
    static String label(long min, long max, String currency) {
        String from = currency + " " + decimal(min, currency);
        return min == max ? from : from + " – " + decimal(max, currency);
    }
}
