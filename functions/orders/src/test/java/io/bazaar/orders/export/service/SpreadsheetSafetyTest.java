package io.bazaar.orders.export.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Text that a spreadsheet would run as a formula is escaped; CSV quoting and amounts in major units. */
class SpreadsheetSafetyTest {

    @Test
    void cellsThatSpreadsheetsReadAsFormulasGetALeadingApostrophe() {
        for (String formula : List.of("=1+2", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\r=1")) {
            assertEquals("'" + formula, CellText.safe(formula), formula);
        }
        assertEquals("Li Lei", CellText.safe("Li Lei"));
        assertEquals("a=b", CellText.safe("a=b"));
        assertEquals("", CellText.safe(null));
    }

    @Test
    void csvQuotesEveryFieldAndWritesAmountsInMajorUnitsNextToTheirCurrency() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetWriter csv = SheetWriter.of(ExportFormat.CSV, out);
        csv.row(List.of(Cell.text("say \"hi\", then\nleave"), Cell.amount(1250, "EUR"), Cell.text("EUR"), Cell.amount(1250, "JPY"),
                Cell.count(3), Cell.text("=HYPERLINK(\"http://x\")")));
        csv.finish();
        csv.close();
        assertEquals("\uFEFF\"say \"\"hi\"\", then\nleave\",\"12.50\",\"EUR\",\"1250\",\"3\",\"'=HYPERLINK(\"\"http://x\"\")\"\r\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void skuAttributesReadAsNameValuePairs() {
        assertEquals("colour: red; size: M", ExportColumns.attributes("{\"colour\":\"red\",\"size\":\"M\"}"));
        assertEquals("", ExportColumns.attributes("{}"));
    }
}
