package io.bazaar.orders.export.service;

import java.io.IOException;
import java.util.List;

/** Writes an export's rows, one at a time, to a stream it does not own; rows are never all held at once. */
public interface SheetWriter extends AutoCloseable {

    void row(List<Cell> cells) throws IOException;

    /** Writes what is left (an XLSX's archive) to the stream; the stream stays open. */
    void finish() throws IOException;

    /** Frees what the writer holds (an XLSX's temporary files), finished or not. */
    @Override
    void close();

    static SheetWriter of(ExportFormat format, java.io.OutputStream out) {
        return switch (format) {
            case CSV -> new CsvSheetWriter(out);
            case XLSX -> new XlsxSheetWriter(out);
        };
    }
}
