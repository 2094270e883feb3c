package io.bazaar.orders.export.service;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through Apache POI's streaming SXSSF: only the last {@value #WINDOW} rows stay in memory, the rest go to
 * compressed temporary files until {@link #finish()} writes the archive to the stream. Text stays text (a string
 * cell is never a formula, and it is escaped as in CSV besides); amounts are numbers with their currency's decimals.
 * A sheet holds at most 1,048,576 rows; the export goes on in a new sheet with the same header.
 */
final class XlsxSheetWriter implements SheetWriter {

    private static final int WINDOW = 100;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Map<Integer, CellStyle> amountStyles = new HashMap<>();
    private final CellStyle headerStyle;
    private SXSSFSheet sheet;
    private List<Cell> header;
    private int next;

    XlsxSheetWriter(OutputStream out) {
        this.out = out;
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
    }

    @Override
    public void row(List<Cell> cells) throws IOException {
        if (header == null) {
            header = cells;
        }
        if (sheet == null || next == MAX_ROWS) {
            sheet = workbook.createSheet("Orders" + (workbook.getNumberOfSheets() == 0 ? "" : " " + (workbook.getNumberOfSheets() + 1)));
            next = 0;
            if (cells != header) {
                write(header, headerStyle);
            }
        }
        write(cells, cells == header ? headerStyle : null);
    }

    private void write(List<Cell> cells, CellStyle style) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            org.apache.poi.ss.usermodel.Cell target = row.createCell(i);
            switch (cell.kind()) {
                case TEXT -> target.setCellValue(cell.text());
                case COUNT -> target.setCellValue(cell.count());
                case AMOUNT -> {
                    BigDecimal major = new BigDecimal(cell.amount().toDecimalString());
                    target.setCellValue(major.doubleValue());
                    target.setCellStyle(amountStyle(major.scale()));
                }
            }
            if (style != null) {
                target.setCellStyle(style);
            }
        }
    }

    private CellStyle amountStyle(int digits) {
        return amountStyles.computeIfAbsent(digits, d -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(d == 0 ? "0" : "0." + "0".repeat(d)));
            return style;
        });
    }

    @Override
    public void finish() throws IOException {
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // only temporary files are left behind; SXSSF deletes them on close, the OS at worst
        }
        workbook.dispose();
    }
}
