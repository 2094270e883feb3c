package io.bazaar.platform.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void decimalsBecomeMinorUnitsOfTheCurrency() {
        assertEquals(new Money(129_900, "EUR"), Money.ofDecimal("1299.00", "EUR"));
        assertEquals(new Money(1299, "JPY"), Money.ofDecimal("1299", "JPY"));
        assertEquals(new Money(1_234, "KWD"), Money.ofDecimal("1.234", "KWD"));
    }

    @Test
    void moreDecimalsThanTheCurrencyHasAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Money.ofDecimal("12.345", "USD"));
        assertThrows(IllegalArgumentException.class, () -> Money.ofDecimal("1.5", "JPY"));
    }

    @Test
    void onlyIso4217CodesAreCurrencies() {
        assertTrue(Money.isValidCurrency("CNY"));
        assertFalse(Money.isValidCurrency("usd"));
        assertFalse(Money.isValidCurrency("XYZ"));
        assertFalse(Money.isValidCurrency("EURO"));
        assertFalse(Money.isValidCurrency(null));
        assertThrows(IllegalArgumentException.class, () -> new Money(100, "ABC"));
    }

    @Test
    void arithmeticStaysInOneCurrencyAndNeverOverflowsSilently() {
        Money price = new Money(1999, "USD");
        assertEquals(new Money(5997, "USD"), price.times(3));
        assertEquals(new Money(1000, "USD"), price.minus(new Money(999, "USD")));
        assertEquals("19.99", price.toDecimalString());
        assertThrows(IllegalArgumentException.class, () -> price.plus(new Money(1, "EUR")));
        assertThrows(ArithmeticException.class, () -> new Money(Long.MAX_VALUE, "USD").plus(new Money(1, "USD")));
    }
}
