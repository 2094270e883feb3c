package io.bazaar.orders.export.service;

import io.bazaar.platform.money.Money;

/**
 * One cell of an export row: text (already made spreadsheet-safe), an amount (written in major units, e.g.
 * {@code 12.50}, next to its currency's own column) or a count.
 */
public record Cell(Kind kind, String text, Money amount, long count) {

    public enum Kind { TEXT, AMOUNT, COUNT }

    public static Cell text(String value) {
        return new Cell(Kind.TEXT, CellText.safe(value), null, 0);
    }

    public static Cell amount(long minor, String currency) {
        return new Cell(Kind.AMOUNT, null, new Money(minor, currency), 0);
    }

    public static Cell count(long value) {
        return new Cell(Kind.COUNT, null, null, value);
    }

    /** The cell as CSV writes it: the text, the amount as a plain decimal, the count in digits. */
    public String asText() {
        return switch (kind) {
            case TEXT -> text;
            case AMOUNT -> amount.toDecimalString();
            case COUNT -> Long.toString(count);
        };
    }
}
