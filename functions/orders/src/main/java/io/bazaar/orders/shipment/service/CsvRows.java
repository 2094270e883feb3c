package io.bazaar.orders.shipment.service;

import java.util.ArrayList;
import java.util.List;

import io.bazaar.platform.problem.ProblemException;

/**
 * Reads RFC 4180 CSV (commas, double-quoted fields with doubled quotes, CRLF or LF) into rows that remember their line
 * number in the file, so a per-row answer points at the line a spreadsheet shows. Pure: text in, rows out.
 */
public final class CsvRows {

    /** One record and the file line it starts on (1-based). */
    public record CsvRow(int line, List<String> cells) {

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private CsvRows() {
    }

    /** The records of the text; 400 malformed-csv for a quote that never closes or text after a closing quote. */
    public static List<CsvRow> parse(String text) {
        List<CsvRow> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        boolean quoted = false;
        boolean afterQuote = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                rows.add(new CsvRow(rowLine, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                afterQuote = false;
                line++;
                rowLine = line;
            } else if (c == '"' && cell.isEmpty() && !afterQuote) {
                quoted = true;
            } else if (afterQuote) {
                throw malformed(line, "text after a closing quote");
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw malformed(rowLine, "a quote that is never closed");
        }
        if (!cell.isEmpty() || !cells.isEmpty() || afterQuote) {
            cells.add(cell.toString());
            rows.add(new CsvRow(rowLine, List.copyOf(cells)));
        }
        return rows;
    }

    private static ProblemException malformed(int line, String what) {
        return ProblemException.badRequest("malformed-csv", "The CSV is not readable at line " + line + ": " + what + ".");
    }
}
