package io.bazaar.importer.crawl;

import java.io.ByteArrayOutputStream;

/**
 * Writes bytes as a valid Brotli stream of uncompressed meta-blocks (RFC 7932, section 9.2), so tests can serve
 * Content-Encoding: br without a Brotli encoder on the classpath.
 */
final class Brotli {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long bits;
    private int count;

    private Brotli() {
    }

    static byte[] encodeStored(byte[] data) {
        Brotli writer = new Brotli();
        writer.write(0, 1); // WBITS = 16
        for (int from = 0; from < data.length; from += 65536) {
            int length = Math.min(65536, data.length - from);
            writer.write(0, 1); // ISLAST
            writer.write(0, 2); // MNIBBLES = 4
            writer.write(length - 1, 16);
            writer.write(1, 1); // ISUNCOMPRESSED
            writer.flushToByte();
            writer.out.write(data, from, length);
        }
        writer.write(1, 1); // ISLAST
        writer.write(1, 1); // ISLASTEMPTY
        writer.flushToByte();
        return writer.out.toByteArray();
    }

    private void write(long value, int width) {
        bits |= value << count;
        count += width;
        while (count >= 8) {
            out.write((int) (bits & 0xFF));
            bits >>>= 8;
            count -= 8;
        }
    }

    private void flushToByte() {
        if (count > 0) {
            out.write((int) (bits & 0xFF));
            bits = 0;
            count = 0;
        }
    }
}
