package io.bazaar.catalog.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import io.bazaar.platform.image.ImageType;

/**
 * Width and height from the first bytes of an image, without decoding it: javax.imageio reads the headers of JPEG,
 * PNG and GIF; the WEBP container's VP8, VP8L or VP8X header is read here, as the JDK has no WEBP reader.
 */
final class ImageDimensions {

    /** A width and height in pixels. */
    record Size(int width, int height) {
    }

    private ImageDimensions() {
    }

    static Optional<Size> of(ImageType type, byte[] head) {
        return type == ImageType.WEBP ? webp(head) : imageIo(type, head);
    }

    private static Optional<Size> imageIo(ImageType type, byte[] head) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.contentType());
        if (!readers.hasNext()) {
            return Optional.empty();
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(head))) {
            reader.setInput(in, true, true);
            return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
        } catch (IOException | RuntimeException unreadable) {
            // a header beyond the bytes read, or a damaged one: the image is kept without dimensions
            return Optional.empty();
        } finally {
            reader.dispose();
        }
    }

    private static Optional<Size> webp(byte[] b) {
        if (ImageType.startsWith(b, 12, ImageType.ascii("VP8 ")) && b.length >= 30
                && (b[23] & 0xFF) == 0x9D && (b[24] & 0xFF) == 0x01 && (b[25] & 0xFF) == 0x2A) {
            return Optional.of(new Size(le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF));
        }
        if (ImageType.startsWith(b, 12, ImageType.ascii("VP8L")) && b.length >= 25 && (b[20] & 0xFF) == 0x2F) {
            int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
            return Optional.of(new Size((bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1));
        }
        if (ImageType.startsWith(b, 12, ImageType.ascii("VP8X")) && b.length >= 30) {
            return Optional.of(new Size(le24(b, 24) + 1, le24(b, 27) + 1));
        }
        return Optional.empty();
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int le24(byte[] b, int at) {
        return le16(b, at) | (b[at + 2] & 0xFF) << 16;
    }
}
