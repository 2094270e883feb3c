package io.bazaar.importer.price;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A price read from shop text, kept as a decimal amount plus ISO 4217 code so it can become minor units.
 *
 * @param amount   the amount, or the lower bound of a range or a "from" price
 * @param currency ISO 4217 code; {@code XXX} ("no currency") only for a free price with no currency in sight
 * @param from     the text gave a lower bound ("from $9", "ab 9 €")
 * @param upTo     the upper bound of a range ("$10 - $20")
 * @param free     the text said the item costs nothing ("Free", "Gratis", "免费")
 */
public record ParsedPrice(BigDecimal amount, String currency, boolean from, Optional<BigDecimal> upTo, boolean free) {

    public ParsedPrice {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(upTo, "upTo");
    }

    /** The amount in the currency's minor units (cents, or yen for JPY). */
    public long amountMinor() {
        return amount.movePointRight(Currencies.fractionDigits(currency)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The amount with the currency's fraction digits, e.g. "1299.00" for EUR or "3500" for JPY. */
    public String amountDecimal() {
        return Currencies.decimal(amount, currency);
    }
}
