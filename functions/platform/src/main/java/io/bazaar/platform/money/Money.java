package io.bazaar.platform.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in the currency's minor units (cents, fen, yen) with its ISO 4217 code: integers only, so sums and
 * discounts never pick up floating-point error.
 */
public record Money(long amountMinor, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        currencyOf(currency);
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    /** Parses a decimal string such as "1299.00" in the given currency, refusing more digits than it has. */
    public static Money ofDecimal(String decimal, String currency) {
        BigDecimal value = new BigDecimal(decimal);
        int digits = currencyOf(currency).getDefaultFractionDigits();
        if (value.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(decimal + " has more decimals than " + currency + " allows");
        }
        return new Money(value.movePointRight(digits).longValueExact(), currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(amountMinor, other.amountMinor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(amountMinor, other.amountMinor), currency);
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(amountMinor, quantity), currency);
    }

    public boolean isNegative() {
        return amountMinor < 0;
    }

    /** The amount as a plain decimal string in major units, e.g. "1299.00" or "1299" for JPY. */
    public String toDecimalString() {
        return BigDecimal.valueOf(amountMinor, currencyOf(currency).getDefaultFractionDigits()).toPlainString();
    }

    /** Whether the code is an ISO 4217 currency that has a fixed number of minor-unit digits. */
    public static boolean isValidCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Currency currencyOf(String code) {
        if (!isValidCurrency(code)) {
            throw new IllegalArgumentException("not an ISO 4217 currency: " + code);
        }
        return Currency.getInstance(code);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }
}
