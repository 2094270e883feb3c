package io.bazaar.catalog.image;

import static io.bazaar.catalog.support.CatalogApi.as;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import io.restassured.response.Response;

/** Real small images made with javax.imageio, and uploads of them the way a browser does: a PUT to the signed URL. */
final class ImageFiles {

    /** A 1x1 lossless WEBP (the JDK cannot write WEBP). */
    static final byte[] WEBP_1X1 = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ImageFiles() {
    }

    static byte[] png(int width, int height) {
        return write("png", width, height, BufferedImage.TYPE_INT_ARGB);
    }

    static byte[] jpeg(int width, int height) {
        return write("jpeg", width, height, BufferedImage.TYPE_INT_RGB);
    }

    static byte[] gif(int width, int height) {
        return write("gif", width, height, BufferedImage.TYPE_INT_RGB);
    }

    /** Asks for an upload URL for these bytes, declared as contentType. */
    static Response ticket(String token, String productId, String contentType, long sizeBytes) {
        return as(token).body(Map.of("contentType", contentType, "sizeBytes", sizeBytes))
                .post("/api/merchant/products/" + productId + "/images/uploads");
    }

    /** PUTs the bytes to the ticket's URL with the headers it names; returns S3's status. */
    static int put(Response ticket, byte[] bytes) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ticket.path("uploadUrl")))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        Map<String, String> headers = ticket.path("headers");
        headers.forEach(request::header);
        return send(request.build()).statusCode();
    }

    /** Ticket, upload and confirmation of one image; returns the image id. */
    static String attach(String token, String productId, String contentType, byte[] bytes) {
        Response ticket = ticket(token, productId, contentType, bytes.length);
        ticket.then().statusCode(201);
        if (put(ticket, bytes) != 200) {
            throw new AssertionError("S3 refused the upload");
        }
        String imageId = ticket.path("imageId");
        as(token).post("/api/merchant/products/" + productId + "/images/" + imageId + "/confirm").then().statusCode(200);
        return imageId;
    }

    static HttpResponse<byte[]> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] write(String format, int width, int height, int imageType) {
        BufferedImage image = new BufferedImage(width, height, imageType);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, new Color(40 * x % 256, 80 * y % 256, 200).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
