package io.bazaar.importer.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import org.brotli.dec.BrotliInputStream;

/** Reads a response body within a size limit, undoing gzip, deflate or br, and names content by its SHA-256. */
final class ResponseBodies {

    /** The body, decoded, is larger than allowed: reading stopped at the limit. */
    static final class TooLarge extends Exception {
        TooLarge(String message) {
            super(message);
        }
    }

    private ResponseBodies() {
    }

    /** At most {@code maxBytes} decoded bytes; the limit also stops compression bombs. */
    static byte[] read(InputStream raw, String contentEncoding, int maxBytes) throws IOException, TooLarge {
        try (InputStream decoded = decoding(raw, contentEncoding)) {
            byte[] bytes = decoded.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new TooLarge("larger than " + maxBytes + " bytes");
            }
            return bytes;
        }
    }

    private static InputStream decoding(InputStream raw, String contentEncoding) throws IOException {
        String encoding = contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(raw);
            case "deflate" -> new InflaterInputStream(raw);
            case "br" -> new BrotliInputStream(raw);
            case "identity", "" -> raw;
            default -> throw new IOException("unsupported Content-Encoding " + contentEncoding);
        };
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
