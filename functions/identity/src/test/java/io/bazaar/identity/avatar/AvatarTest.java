package io.bazaar.identity.avatar;

import static io.bazaar.identity.support.IdentityApi.activeAccount;
import static io.bazaar.identity.support.IdentityApi.client;
import static io.bazaar.identity.support.IdentityApi.newEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class AvatarTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void anUploadedImageBecomesTheAvatarAndReplacesTheOldOne() {
        String token = activeAccount(newEmail()).path("accessToken");
        byte[] first = png(8, 8);
        String firstUrl = upload(token, first).then().statusCode(200).extract().path("avatarUrl");
        assertTrue(firstUrl.contains("/avatars/"), firstUrl);
        HttpResponse<byte[]> served = get(firstUrl);
        assertEquals(200, served.statusCode());
        assertArrayEquals(first, served.body());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(""));

        String secondUrl = upload(token, png(4, 4)).then().statusCode(200).extract().path("avatarUrl");
        assertTrue(!secondUrl.equals(firstUrl));
        assertEquals(404, get(firstUrl).statusCode(), "the replaced avatar is deleted");
        client().auth().oauth2(token).get("/api/me").then().body("avatarUrl", org.hamcrest.Matchers.equalTo(secondUrl));

        client().auth().oauth2(token).delete("/api/me/avatar").then().statusCode(200).body("avatarUrl", nullValue());
        assertEquals(404, get(secondUrl).statusCode());
    }

    @Test
    void onlyImagesOfAllowedTypeAndSizeAreAccepted() {
        String token = activeAccount(newEmail()).path("accessToken");
        ticket(token, "application/pdf", 100).then().statusCode(400).body("errors.field", hasItem("contentType"));
        ticket(token, "image/png", 3 * 1024 * 1024).then().statusCode(400).body("errors.field", hasItem("sizeBytes"));
        client().auth().oauth2(token).body(Map.of()).post("/api/me/avatar/uploads").then().statusCode(400);

        byte[] notAnImage = "%PDF-1.4 pretending to be a png".getBytes();
        Response ticket = ticket(token, "image/png", notAnImage.length);
        assertEquals(200, put(ticket, notAnImage));
        confirm(token, ticket.path("uploadId")).then().statusCode(422).body("type", containsString("not-an-image"));
        confirm(token, ticket.path("uploadId")).then().statusCode(422).body("type", containsString("upload-missing"));
        confirm(token, UUID.randomUUID().toString()).then().statusCode(422);
        client().auth().oauth2(token).get("/api/me").then().body("avatarUrl", nullValue());
    }

    @Test
    void anotherAccountsUploadCannotBeConfirmed() {
        String mine = activeAccount(newEmail()).path("accessToken");
        String theirs = activeAccount(newEmail()).path("accessToken");
        byte[] image = png(2, 2);
        Response ticket = ticket(theirs, "image/png", image.length);
        assertEquals(200, put(ticket, image));
        confirm(mine, ticket.path("uploadId")).then().statusCode(422).body("type", containsString("upload-missing"));
        confirm(theirs, ticket.path("uploadId")).then().statusCode(200);
        client().post("/api/me/avatar/uploads").then().statusCode(401);
    }

    static Response upload(String token, byte[] image) {
        Response ticket = ticket(token, "image/png", image.length);
        ticket.then().statusCode(200);
        assertEquals(200, put(ticket, image));
        return confirm(token, ticket.path("uploadId"));
    }

    static Response ticket(String token, String contentType, long size) {
        return client().auth().oauth2(token).body(Map.of("contentType", contentType, "sizeBytes", size))
                .post("/api/me/avatar/uploads");
    }

    static Response confirm(String token, String uploadId) {
        return client().auth().oauth2(token).body(Map.of("uploadId", uploadId)).put("/api/me/avatar");
    }

    static int put(Response ticket, byte[] bytes) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ticket.path("uploadUrl")))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        Map<String, String> headers = ticket.path("headers");
        headers.forEach(request::header);
        return send(request.build()).statusCode();
    }

    static HttpResponse<byte[]> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
