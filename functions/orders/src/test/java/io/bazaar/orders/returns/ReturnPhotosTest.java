package io.bazaar.orders.returns;

import static io.bazaar.orders.returns.ReturnsTest.delivered;
import static io.bazaar.orders.returns.ReturnsTest.keyed;
import static io.bazaar.orders.returns.ReturnsTest.line;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.count;
import static io.bazaar.orders.support.Shop.customer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.orders.returns.ReturnsTest.Delivered;
import io.bazaar.orders.returns.service.ReturnPhotos;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ReturnPhotosTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    ReturnPhotos photos;

    @Test
    void photosUploadedStraightToS3GoWithTheRequestAndAreShownToShopperAndMerchant() throws Exception {
        Delivered d = delivered();
        byte[] png = png();
        String first = upload(d.shopper().token(), "image/png", png);
        String second = upload(d.shopper().token(), "image/png", png);
        Map<String, Object> body = withPhotos(List.of(second, first), line(d.capLine(), 1));
        Response created = keyed(d.shopper().token()).body(body).post("/api/orders/" + d.number() + "/returns");
        created.then().statusCode(201).body("photos.photoId", equalTo(List.of(second, first)));
        String id = created.path("returnId");
        String url = as(d.staff()).get("/api/merchant/returns/" + id).then().statusCode(200)
                .body("photos.size()", equalTo(2)).extract().path("photos[0].url");
        HttpResponse<byte[]> image = HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, image.statusCode());
        assertArrayEquals(png, image.body());
        // an attached photo cannot go with another return
        keyed(d.shopper().token()).body(withPhotos(List.of(first), line(d.teeLine(), 1)))
                .post("/api/orders/" + d.number() + "/returns").then().statusCode(422).body("type", endsWith("/photo-not-found"));
    }

    @Test
    void aPhotoThatIsNotAnImageOrNotYoursOrOneTooManyChangesNothing() throws Exception {
        Delivered d = delivered();
        String url = "/api/orders/" + d.number() + "/returns";
        byte[] text = "not an image at all".getBytes();
        Response ticket = ticket(d.shopper().token(), "image/png", text.length);
        assertEquals(200, put(ticket, text));
        String notAnImage = ticket.path("photoId");
        keyed(d.shopper().token()).body(withPhotos(List.of(notAnImage), line(d.capLine(), 1))).post(url).then()
                .statusCode(422).body("type", endsWith("/not-an-image"));
        String strangers = upload(customer().token(), "image/png", png());
        keyed(d.shopper().token()).body(withPhotos(List.of(strangers), line(d.capLine(), 1))).post(url).then()
                .statusCode(422).body("type", endsWith("/photo-not-found"));
        List<String> seven = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seven.add(UUID.randomUUID().toString());
        }
        keyed(d.shopper().token()).body(withPhotos(seven, line(d.capLine(), 1))).post(url).then().statusCode(400)
                .body("errors.field", hasItem("photoIds"));
        assertEquals(0, count("select count(*) from order_returns where order_number = $1", Tuple.of(d.number())));

        ticket(d.shopper().token(), "application/pdf", 100).then().statusCode(400).body("errors.field", hasItem("contentType"));
        ticket(d.shopper().token(), "image/png", 20_000_000).then().statusCode(400).body("errors.field", hasItem("sizeBytes"));
        as(d.staff()).body(Map.of("contentType", "image/png", "sizeBytes", 10)).post("/api/me/returns/photos").then()
                .statusCode(201);
        io.restassured.RestAssured.given().contentType("application/json")
                .body(Map.of("contentType", "image/png", "sizeBytes", 10)).post("/api/me/returns/photos").then().statusCode(401);
    }

    @Test
    void uploadsNeverAttachedAreCleanedUp() throws Exception {
        var shopper = customer();
        String photo = upload(shopper.token(), "image/png", png());
        photos.cleanUp(Instant.now()).await().indefinitely();
        assertEquals(1, count("select count(*) from order_return_photos where id = $1", Tuple.of(UUID.fromString(photo))));
        photos.cleanUp(Instant.now().plus(Duration.ofHours(3))).await().indefinitely();
        assertEquals(0, count("select count(*) from order_return_photos where id = $1", Tuple.of(UUID.fromString(photo))));
    }

    private static Map<String, Object> withPhotos(List<String> photoIds, Map<String, Object> line) {
        Map<String, Object> body = new HashMap<>(ReturnsTest.body("RETURN", "DAMAGED", line));
        body.put("photoIds", photoIds);
        return body;
    }

    private static Response ticket(String token, String contentType, long size) {
        return as(token).body(Map.of("contentType", contentType, "sizeBytes", size)).post("/api/me/returns/photos");
    }

    private static String upload(String token, String contentType, byte[] bytes) throws Exception {
        Response ticket = ticket(token, contentType, bytes.length);
        ticket.then().statusCode(201).body("uploadUrl", containsString("/returns/")).body("method", equalTo("PUT"));
        assertEquals(200, put(ticket, bytes));
        return ticket.path("photoId");
    }

    private static int put(Response ticket, byte[] bytes) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ticket.path("uploadUrl")))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        Map<String, String> headers = ticket.path("headers");
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
