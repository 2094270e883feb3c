package io.bazaar.reviews.support;

import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.restassured.RestAssured.given;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import io.bazaar.orders.support.Shop;
import io.bazaar.orders.support.Shop.Customer;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Goods bought and received the way a shopper and a merchant do it, through the orders area's API: checkout from the
 * cart, the sandbox payment, the merchant's shipping and the buyer's confirmation. Accounts, products and carts come
 * from the orders' own test fixtures ({@link Shop}, its test-jar).
 */
public final class Purchases {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Purchases() {
    }

    /** One bought order line: who bought it, from whom, and which product and SKU. */
    public record Bought(Customer buyer, UUID merchantId, UUID productId, UUID skuId, String orderNumber, int lineNo) {
    }

    /** A new buyer receives one unit of a new product of a new merchant. */
    public static Bought received(String productName) {
        return received(Shop.customer(), UUID.randomUUID(), productName, "CNY");
    }

    public static Bought received(Customer buyer, UUID merchantId, String productName, String currency) {
        return bought(buyer, Shop.sku(merchantId, productName, 1000, 50, currency), merchantId, true);
    }

    /** Another buyer receives the same SKU. */
    public static Bought receivedAgain(Bought first) {
        return bought(Shop.customer(), first.skuId(), first.merchantId(), true);
    }

    /** Bought, paid and shipped; confirmed (delivered) only when deliver is true. */
    public static Bought bought(Customer buyer, UUID skuId, UUID merchantId, boolean deliver) {
        cart(buyer.id(), Map.of(skuId, 1));
        JsonPath placed = checkout(buyer.token(), "k-" + UUID.randomUUID(), checkoutBody()).then().statusCode(201)
                .extract().jsonPath();
        String number = placed.getString("orders[0].orderNumber");
        UUID productId = UUID.fromString(placed.getString("orders[0].lines[0].productId"));
        given().post(placed.getString("payment.redirectUrl") + "/complete").then().statusCode(200);
        as(Shop.staffToken(merchantId, "orders")).body(Map.of("carrier", "SF", "trackingNumber", "SF1"))
                .post("/api/merchant/orders/" + number + "/ship").then().statusCode(200);
        if (deliver) {
            as(buyer.token()).post("/api/orders/" + number + "/confirm-receipt").then().statusCode(200);
        }
        return new Bought(buyer, merchantId, productId, skuId, number, 1);
    }

    /** A review body for the bought line. */
    public static Map<String, Object> review(Bought line, int stars, String title, String text, List<String> imageIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("orderNumber", line.orderNumber());
        body.put("lineNo", line.lineNo());
        body.put("stars", stars);
        body.put("title", title);
        body.put("text", text);
        body.put("imageIds", imageIds);
        return body;
    }

    public static Map<String, Object> review(Bought line, int stars) {
        return review(line, stars, "Solid buy", "Arrived quickly and works as described.", List.of());
    }

    /** Writes the review; the response must be 201. */
    public static JsonPath write(Bought line, Map<String, Object> body) {
        return as(line.buyer().token()).body(body).post("/api/me/reviews").then().statusCode(201).extract().jsonPath();
    }

    /** Uploads a real PNG as a review photo (ticket, PUT to S3, confirm); returns the image id. */
    public static String photo(String token) {
        byte[] png = png(4, 3);
        Response ticket = as(token).body(Map.of("contentType", "image/png", "sizeBytes", png.length))
                .post("/api/me/reviews/images/uploads");
        ticket.then().statusCode(201);
        if (put(ticket, png) != 200) {
            throw new IllegalStateException("S3 refused the upload");
        }
        as(token).post("/api/me/reviews/images/" + ticket.path("imageId") + "/confirm").then().statusCode(200);
        return ticket.path("imageId");
    }

    /** PUTs the bytes to the ticket's URL with the headers it names; returns S3's status. */
    public static int put(Response ticket, byte[] bytes) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ticket.path("uploadUrl")))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        Map<String, String> headers = ticket.path("headers");
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static int get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static byte[] png(int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** n ids of photos that do not exist. */
    public static List<String> unknownIds(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        return ids;
    }
}
