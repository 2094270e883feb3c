package io.bazaar.members.messages;

import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.sql;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import io.bazaar.orders.support.Shop;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.vertx.mutiny.sqlclient.Tuple;

/** What the message tests share: keyed writes, threads, staff members as identity stores them, image uploads. */
final class MessageFixtures {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    private MessageFixtures() {
    }

    /** A member of the merchant's staff: an account and its merchant_staff row, and a token as identity issues it. */
    record Staff(UUID id, String email, String token) {
    }

    static Staff staff(UUID merchantId, boolean owner, String... permissions) {
        Shop.Customer account = Shop.customer();
        sql("insert into merchant_staff (account_id, merchant_id, owner, permissions) values ($1, $2, $3, $4)",
                Tuple.of(account.id(), merchantId, owner, String.join(",", List.of(permissions)).toUpperCase()));
        String token = Jwt.subject(account.id().toString()).upn(account.email())
                .groups(Set.of("customer", "buyer", "merchant-staff")).claim("merchant_id", merchantId.toString())
                .claim("permissions", List.of(permissions)).sign();
        return new Staff(account.id(), account.email(), token);
    }

    static RequestSpecification keyed(String token) {
        return as(token).header("Idempotency-Key", UUID.randomUUID().toString());
    }

    static Map<String, Object> thread(UUID merchantId, String body) {
        Map<String, Object> request = new HashMap<>();
        request.put("merchantId", merchantId.toString());
        request.put("body", body);
        return request;
    }

    static Map<String, Object> about(UUID merchantId, String body, String field, Object subject) {
        Map<String, Object> request = thread(merchantId, body);
        request.put(field, subject.toString());
        return request;
    }

    /** Starts a thread and answers its id. */
    static String start(String token, Map<String, Object> request) {
        return keyed(token).body(request).post("/api/me/messages").then().statusCode(201).extract().path("id");
    }

    static Response write(String token, String threadId, String body) {
        return keyed(token).body(Map.of("body", body)).post("/api/me/messages/" + threadId + "/messages");
    }

    static Response reply(String token, String threadId, String body) {
        return keyed(token).body(Map.of("body", body)).post("/api/merchant/messages/" + threadId + "/messages");
    }

    static Response ticket(String token, String path, String contentType, long size) {
        return as(token).body(Map.of("contentType", contentType, "sizeBytes", size)).post(path);
    }

    /** Uploads the bytes with a ticket from {@code path} (the shopper's or the staff's); answers the attachment id. */
    static String upload(String token, String path, byte[] bytes) throws Exception {
        Response ticket = ticket(token, path, "image/png", bytes.length);
        ticket.then().statusCode(201).body("method", equalTo("PUT"));
        assertEquals(200, put(ticket, bytes));
        return ticket.path("imageId");
    }

    static int put(Response ticket, byte[] bytes) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ticket.path("uploadUrl")))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        Map<String, String> headers = ticket.path("headers");
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static HttpResponse<byte[]> download(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x00ff00);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
