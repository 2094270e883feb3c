package io.bazaar.importer.price;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** ISO 4217 facts the parser needs: which codes exist, their fraction digits, and which symbols are shared. */
public final class Currencies {

    /** Currencies written with a bare "$"; a hint among them wins over the USD default. */
    static final Set<String> DOLLARS = Set.of("USD", "CAD", "AUD", "NZD", "HKD", "SGD", "MXN", "ARS", "CLP", "COP", "TWD");
    /** Currencies written with "¥"; CNY is the default, a JPY hint wins. */
    static final Set<String> YEN_YUAN = Set.of("CNY", "JPY");
    /** Currencies written with "kr"; SEK is the default. */
    static final Set<String> KRONOR = Set.of("SEK", "NOK", "DKK", "ISK");

    /** Symbols and words, longest first so that "US$" is seen before "$". */
    static final List<Symbol> SYMBOLS = List.of(
            new Symbol("US$", "USD", Set.of()), new Symbol("CA$", "CAD", Set.of()), new Symbol("AU$", "AUD", Set.of()),
            new Symbol("NZ$", "NZD", Set.of()), new Symbol("HK$", "HKD", Set.of()), new Symbol("MX$", "MXN", Set.of()),
            new Symbol("RMB", "CNY", Set.of()), new Symbol("R$", "BRL", Set.of()), new Symbol("C$", "CAD", Set.of()),
            new Symbol("A$", "AUD", Set.of()), new Symbol("S$", "SGD", Set.of()), new Symbol("Rp", "IDR", Set.of()),
            new Symbol("Rs", "INR", Set.of()), new Symbol("kr", "SEK", KRONOR), new Symbol("zł", "PLN", Set.of()),
            new Symbol("$", "USD", DOLLARS), new Symbol("¥", "CNY", YEN_YUAN), new Symbol("￥", "CNY", YEN_YUAN),
            new Symbol("円", "JPY", Set.of()), new Symbol("元", "CNY", Set.of()), new Symbol("€", "EUR", Set.of()),
            new Symbol("£", "GBP", Set.of()), new Symbol("₹", "INR", Set.of()), new Symbol("₩", "KRW", Set.of()),
            new Symbol("원", "KRW", Set.of()), new Symbol("₽", "RUB", Set.of()), new Symbol("₺", "TRY", Set.of()),
            new Symbol("₫", "VND", Set.of()), new Symbol("฿", "THB", Set.of()), new Symbol("₱", "PHP", Set.of()),
            new Symbol("₪", "ILS", Set.of()));

    /** A way of writing a currency; {@code family} lists the codes a hint may pick instead of the default. */
    record Symbol(String text, String defaultCode, Set<String> family, boolean isWord) {

        /** @param isWord letters only ("kr", "Rp"): must stand as a word of its own, in any case */
        Symbol(String text, String defaultCode, Set<String> family) {
            this(text, defaultCode, family, text.chars().allMatch(Character::isLetter));
        }

        String resolve(Optional<String> hint) {
            return hint.filter(family::contains).orElse(defaultCode);
        }
    }

    private Currencies() {
    }

    /** The code in upper case when ISO 4217 knows it. */
    public static Optional<String> known(String code) {
        if (code == null || code.length() != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(code.toUpperCase(Locale.ROOT)).getCurrencyCode());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Fraction digits of the currency; 0 for pseudo-currencies such as XXX. */
    public static int fractionDigits(String code) {
        return Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
    }

    /** The amount written with exactly the currency's fraction digits. */
    public static String decimal(BigDecimal amount, String code) {
        return amount.setScale(fractionDigits(code), RoundingMode.HALF_UP).toPlainString();
    }
}
