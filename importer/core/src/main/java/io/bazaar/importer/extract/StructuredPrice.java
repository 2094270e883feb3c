package io.bazaar.importer.extract;

import io.bazaar.importer.price.Currencies;
import io.bazaar.importer.price.PriceParser;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** A price from structured data: schema.org says "1299.00", but shops also write "1.299,00 €" there. */
record StructuredPrice(BigDecimal amount, String currency) {

    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");

    static Optional<StructuredPrice> read(Optional<String> value, Optional<String> currency) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = value.get().strip();
        Optional<String> code = currency.flatMap(Currencies::known);
        if (PLAIN.matcher(text).matches()) {
            return code.map(c -> new StructuredPrice(withMinorDigits(new BigDecimal(text), c), c));
        }
        return PriceParser.parse(text, code).map(p -> new StructuredPrice(withMinorDigits(p.amount(), p.currency()), p.currency()));
    }

    /** "24.5" USD becomes 24.50 so that prices compare and print alike; more digits than minor units stay. */
    private static BigDecimal withMinorDigits(BigDecimal amount, String currency) {
        int digits = Currencies.fractionDigits(currency);
        return amount.scale() < digits ? amount.setScale(digits) : amount;
    }
}
