package io.bazaar.orders.export.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark (so Excel reads Chinese names right), every field quoted, CRLF
 * between records.
 */
final class CsvSheetWriter implements SheetWriter {

    private final BufferedWriter out;

    CsvSheetWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        try {
            out.write('\uFEFF');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void row(List<Cell> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write('"');
            out.write(cells.get(i).asText().replace("\"", "\"\""));
            out.write('"');
        }
        out.write("\r\n");
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void close() {
        // the stream is the caller's; nothing else is held
    }
}
