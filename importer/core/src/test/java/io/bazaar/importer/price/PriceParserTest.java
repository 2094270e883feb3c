package io.bazaar.importer.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every price format of issue 7, read as amount, currency and flags. */
class PriceParserTest {

    private static ParsedPrice parse(String text, String hint) {
        return PriceParser.parse(text, Optional.ofNullable(hint).filter(h -> !h.isEmpty()))
                .orElseThrow(() -> new AssertionError("no price in " + text));
    }

    @ParameterizedTest(name = "''{0}'' with hint {1} is {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "1.299,00 €      | -   | 1299.00 | EUR | 129900",
            "$1,299.99       | -   | 1299.99 | USD | 129999",
            "$1,299.99       | CAD | 1299.99 | CAD | 129999",
            "$1,299.99       | AUD | 1299.99 | AUD | 129999",
            "$5              | EUR | 5.00    | USD | 500",
            "¥1299           | -   | 1299.00 | CNY | 129900",
            "¥1299           | JPY | 1299    | JPY | 1299",
            "1299円          | -   | 1299    | JPY | 1299",
            "CHF 1'049.95    | -   | 1049.95 | CHF | 104995",
            "3,500円         | -   | 3500    | JPY | 3500",
            "12,000원        | -   | 12000   | KRW | 12000",
            "Rp 1.550.000    | -   | 1550000.00 | IDR | 155000000",
            "£12.50          | -   | 12.50   | GBP | 1250",
            "€ 9,99          | -   | 9.99    | EUR | 999",
            "kr 1 299,00     | SEK | 1299.00 | SEK | 129900",
            "kr 1 299,00     | NOK | 1299.00 | NOK | 129900",
            "kr 1 299,00     | DKK | 1299.00 | DKK | 129900",
            "US$ 5           | -   | 5.00    | USD | 500",
            "R$ 1.234,56     | -   | 1234.56 | BRL | 123456",
            "'₹1,23,456.00'  | -   | 123456.00 | INR | 12345600",
            "1299.00         | USD | 1299.00 | USD | 129900",
            "1.299 €         | -   | 1299.00 | EUR | 129900",
            "EUR 0,500       | -   | 0.50    | EUR | 50",
            "¥1,299.00       | JPY | 1299    | JPY | 1299",
            "19.99 USD       | -   | 19.99   | USD | 1999",
    })
    void readsAmountAndCurrencyAsShopsWriteThem(String text, String hint, String decimal, String currency, long minor) {
        ParsedPrice price = parse(text, hint);
        assertEquals(decimal, price.amountDecimal());
        assertEquals(currency, price.currency());
        assertEquals(minor, price.amountMinor());
        assertFalse(price.from());
        assertFalse(price.free());
        assertTrue(price.upTo().isEmpty());
    }

    @ParameterizedTest(name = "''{0}'' is a lower bound")
    @CsvSource(delimiter = '|', value = {"from $9 | 9.00 | USD", "ab 9,50 € | 9.50 | EUR", "¥99起 | 99.00 | CNY", "Starting at £4 | 4.00 | GBP"})
    void fromPriceIsALowerBound(String text, String decimal, String currency) {
        ParsedPrice price = parse(text, null);
        assertTrue(price.from());
        assertEquals(decimal, price.amountDecimal());
        assertEquals(currency, price.currency());
    }

    @ParameterizedTest(name = "''{0}'' is a range")
    @CsvSource(delimiter = '|', value = {"$10 - $20 | 10.00 | 20 | USD", "10–20 € | 10.00 | 20 | EUR",
            "CHF 10.50 to CHF 12 | 10.50 | 12 | CHF", "¥1,000~¥2,000 | 1000 | 2000 | JPY"})
    void rangeKeepsBothBounds(String text, String decimal, String upTo, String currency) {
        ParsedPrice price = parse(text, currency.equals("JPY") ? "JPY" : null);
        assertEquals(decimal, price.amountDecimal());
        assertEquals(new BigDecimal(upTo), price.upTo().orElseThrow());
        assertEquals(currency, price.currency());
    }

    @ParameterizedTest(name = "''{0}'' is free")
    @CsvSource(delimiter = '|', nullValues = "-", value = {"Free | - | XXX", "Gratis | EUR | EUR", "免费 | CNY | CNY",
            "FREE | USD | USD", "$0.00 | - | USD"})
    void freeIsZero(String text, String hint, String currency) {
        ParsedPrice price = parse(text, hint);
        assertTrue(price.free());
        assertEquals(0, price.amountMinor());
        assertEquals(currency, price.currency());
    }

    @ParameterizedTest(name = "''{0}'' is no price")
    @CsvSource(delimiter = '|', nullValues = "-", value = {"1299 | -", "Add to cart | -", "'' | -", "¥12.5 | JPY"})
    void textWithoutAmountOrCurrencyIsNoPrice(String text, String hint) {
        assertTrue(PriceParser.parse(text, Optional.ofNullable(hint)).isEmpty());
    }

    @Test
    void spaceGroupedThousandsAreOneNumber() {
        assertEquals("1299000.00", parse("1 299 000 €", null).amountDecimal());
    }
}
