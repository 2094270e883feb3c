package io.bazaar.importer.price;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a price as shops write it ("1.299,00 €", "$1,299.99", "3,500円", "from $9", "$10 - $20", "Gratis")
 * into an amount and an ISO 4217 currency.
 *
 * <p>Currency: the first currency symbol, word ("kr", "Rp", "CHF") or ISO code in the text. Shared symbols
 * take their default unless the hint names another currency that uses them: "$" is USD (hint CAD, AUD, NZD,
 * HKD, SGD, MXN...), "¥" is CNY (hint JPY), "kr" is SEK (hint NOK, DKK, ISK); "円" is always JPY and "元" CNY.
 * With no symbol in the text the hint is the currency; with neither there is no price (a free price then
 * gets {@code XXX}).
 *
 * <p>Separators, decided per number: apostrophes and (narrow) spaces only ever group digits. When both "."
 * and "," occur, the last one is the decimal separator and the other groups. When only one of them occurs
 * more than once it groups ("1.550.000", "1,23,456"). When it occurs once, it groups if exactly three digits
 * follow ("1,299", "1.299 €", "3,500円"), unless the integer part is 0 or the currency has three fraction
 * digits (KWD, BHD); otherwise it is the decimal separator ("9,99", "12.50"). A currency without fraction
 * digits (JPY, KRW) accepts a decimal part only when it is all zeros ("¥1,299.00"); "¥12.5" is no price.
 */
public final class PriceParser {

    private static final Pattern NUMBER = Pattern.compile("\\d(?:[\\d.,'’]|[ \\u00A0\\u202F](?=\\d{3}(?!\\d)))*");
    private static final Pattern FROM = Pattern.compile(
            "(?iU)(?:^|\\W)(?:from|starting at|starts at|ab|à partir de|a partir de|desde|vanaf|dès)(?:\\W|$)|\\d\\s*起");
    private static final Pattern FREE = Pattern.compile(
            "(?iU)(?:^|\\W)(?:free|gratis|kostenlos|gratuit|gratuito|omaggio)(?:\\W|$)|免费|無料|무료");
    private static final Pattern ISO_CODE = Pattern.compile("(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])");
    private static final Set<String> RANGE_JOINERS = Set.of("-", "–", "—", "~", "to", "bis", "à", "a", "até");

    private PriceParser() {
    }

    /** The price in {@code text}, or empty when the text holds no amount or no currency can be told. */
    public static Optional<ParsedPrice> parse(String text, Optional<String> currencyHint) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<String> hint = currencyHint.flatMap(Currencies::known);
        Optional<String> currency = detectCurrency(text, hint).or(() -> hint);
        List<MatchResult> numbers = numbers(text);
        if (numbers.isEmpty()) {
            if (!FREE.matcher(text).find()) {
                return Optional.empty();
            }
            return Optional.of(new ParsedPrice(BigDecimal.ZERO, currency.orElse("XXX"), false, Optional.empty(), true));
        }
        if (currency.isEmpty()) {
            return Optional.empty();
        }
        int digits = Currencies.fractionDigits(currency.get());
        Optional<BigDecimal> amount = toDecimal(numbers.get(0).text, digits);
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> upTo = Optional.empty();
        if (numbers.size() > 1 && isRangeJoiner(text.substring(numbers.get(0).end, numbers.get(1).start))) {
            upTo = toDecimal(numbers.get(1).text, digits);
        }
        boolean free = amount.get().signum() == 0 && upTo.isEmpty();
        return Optional.of(new ParsedPrice(amount.get(), currency.get(), FROM.matcher(text).find(), upTo, free));
    }

    /** The first currency written in the text, at the earliest position, longest symbol first. */
    static Optional<String> detectCurrency(String text, Optional<String> hint) {
        Matcher code = ISO_CODE.matcher(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || Character.isWhitespace(c)) {
                continue;
            }
            for (Currencies.Symbol symbol : Currencies.SYMBOLS) {
                if (symbolAt(text, i, symbol)) {
                    return Optional.of(symbol.resolve(hint));
                }
            }
            if (c >= 'A' && c <= 'Z' && code.region(i, text.length()).lookingAt()) {
                Optional<String> known = Currencies.known(code.group());
                if (known.isPresent()) {
                    return known;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean symbolAt(String text, int i, Currencies.Symbol symbol) {
        if (!symbol.isWord()) {
            return text.startsWith(symbol.text(), i);
        }
        int end = i + symbol.text().length();
        return text.regionMatches(true, i, symbol.text(), 0, symbol.text().length())
                && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                && (end >= text.length() || !Character.isLetter(text.charAt(end)));
    }

    private static boolean isRangeJoiner(String between) {
        String rest = between;
        for (Currencies.Symbol symbol : Currencies.SYMBOLS) {
            rest = rest.replace(symbol.text(), " ");
        }
        rest = ISO_CODE.matcher(rest).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        return RANGE_JOINERS.contains(rest);
    }

    private static List<MatchResult> numbers(String text) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String token = m.group().replaceAll("[.,'’ \\u00A0\\u202F]+$", "");
            found.add(new MatchResult(token, m.start(), m.start() + token.length()));
        }
        return found;
    }

    /** Applies the separator rule of the class comment to one number. */
    static Optional<BigDecimal> toDecimal(String token, int fractionDigits) {
        String digits = token.replaceAll("['’ \\u00A0\\u202F]", "");
        int dot = digits.lastIndexOf('.');
        int comma = digits.lastIndexOf(',');
        int last = Math.max(dot, comma);
        if (last < 0) {
            return Optional.of(new BigDecimal(digits));
        }
        char separator = digits.charAt(last);
        String integer = digits.substring(0, last);
        String fraction = digits.substring(last + 1);
        boolean decimal;
        if (dot >= 0 && comma >= 0) {
            decimal = true;
        } else if (integer.indexOf(separator) >= 0) {
            decimal = false;
        } else {
            decimal = fraction.length() != 3 || integer.equals("0") || fractionDigits == 3;
        }
        if (!decimal) {
            return Optional.of(new BigDecimal(digits.replaceAll("[.,]", "")));
        }
        if (integer.indexOf(separator) >= 0) {
            return Optional.empty();
        }
        if (fractionDigits == 0 && !fraction.chars().allMatch(c -> c == '0')) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(integer.replaceAll("[.,]", "") + "." + fraction));
    }

    /** A number token and where it stands in the text. */
    private record MatchResult(String text, int start, int end) {
    }
}
