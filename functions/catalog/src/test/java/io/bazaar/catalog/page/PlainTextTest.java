package io.bazaar.catalog.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void descriptionsLoseTheirMarkup() {
        assertEquals("Soft cotton tee. Machine wash.", PlainText.of("<p>Soft <b>cotton</b> tee.</p><p>Machine wash.</p>"));
    }

    @Test
    void longTextIsCutAtAWordWithinTheLimit() {
        String text = "word ".repeat(100).strip();
        String shortened = PlainText.shortened(text, 160);
        assertTrue(shortened.length() <= 160, shortened);
        assertTrue(shortened.endsWith("word…"), shortened);
        assertEquals("short", PlainText.shortened("short", 160));
    }

    @Test
    void pricesUseTheCurrencysFractionDigits() {
        assertEquals("19.99", Prices.decimal(1999, "CNY"));
        assertEquals("1999", Prices.decimal(1999, "JPY"));
        assertEquals("1.999", Prices.decimal(1999, "KWD"));
        assertEquals("CNY 19.99 – 22.99", Prices.label(1999, 2299, "CNY"));
        assertEquals("USD 0.05", Prices.label(5, 5, "USD"));
    }
}
