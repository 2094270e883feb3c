package io.bazaar.orders.export.service;

/**
 * Makes text safe for spreadsheets: a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return is read by Excel, LibreOffice and Sheets as a formula (CSV injection, OWASP), so such text gets a
 * leading apostrophe, which spreadsheets show as text and do not evaluate. Applied to every text cell of an export
 * (names, addresses, product names, tracking numbers); the amounts and dates the export writes itself never start so.
 */
public final class CellText {

    private CellText() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
