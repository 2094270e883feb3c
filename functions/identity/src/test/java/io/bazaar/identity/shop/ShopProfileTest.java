package io.bazaar.identity.shop;

import static io.bazaar.identity.support.IdentityApi.activeAccount;
import static io.bazaar.identity.support.IdentityApi.client;
import static io.bazaar.identity.support.IdentityApi.newEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.bazaar.identity.support.Merchants;
import io.bazaar.identity.support.Merchants.Staff;
import io.bazaar.identity.support.Tokens;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ShopProfileTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theOwnerSavesTheWholeProfileAndReadsItBack() {
        Staff owner = Merchants.owner("Tea House");
        assertTrue(Tokens.claims(owner.token()).get("permissions").toString().contains("settings"),
                "owners hold every permission, settings too");
        as(owner).get("/api/merchant/shop").then().statusCode(200).body("name", equalTo("Tea House"))
                .body("description", equalTo("")).body("serviceHours", hasSize(0)).body("timeZone", equalTo("UTC"))
                .body("returnAddress", nullValue()).body("logoUrl", nullValue()).body("updatedAt", nullValue());

        as(owner).body(profile("  Tea House & Co ")).put("/api/merchant/shop").then().statusCode(200)
                .body("name", equalTo("Tea House & Co")).body("updatedAt", org.hamcrest.Matchers.notNullValue());
        as(owner).get("/api/merchant/shop").then().statusCode(200)
                .body("name", equalTo("Tea House & Co"))
                .body("description", equalTo("Green and oolong teas.\nShipped in 24 hours."))
                .body("returnAddress.city", equalTo("Hangzhou")).body("returnAddress.line2", nullValue())
                .body("serviceHours.day", equalTo(List.of("MONDAY", "SATURDAY")))
                .body("serviceHours[0].opens", equalTo("09:00")).body("serviceHours[0].closes", equalTo("18:00"))
                .body("serviceHours[1].closes", equalTo("24:00"))
                .body("timeZone", equalTo("Asia/Shanghai"));

        Map<String, Object> cleared = profile("Tea House");
        cleared.put("returnAddress", null);
        cleared.put("serviceHours", List.of());
        as(owner).body(cleared).put("/api/merchant/shop").then().statusCode(200).body("returnAddress", nullValue())
                .body("serviceHours", hasSize(0));
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        Staff owner = Merchants.owner("Kite Shop");
        as(owner).body(profile("Kite Shop")).put("/api/merchant/shop").then().statusCode(200);

        Map<String, Object> tooLong = profile("K".repeat(121));
        tooLong.put("description", "d".repeat(2001));
        as(owner).body(tooLong).put("/api/merchant/shop").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItems("name", "description"));

        Map<String, Object> badHours = profile("Kite Shop");
        badHours.put("serviceHours", List.of(Map.of("day", "MONDAY", "opens", "18:00", "closes", "09:00"),
                Map.of("day", "MONDAY", "opens", "25:00", "closes", "9am")));
        badHours.put("timeZone", "Mars/Olympus");
        as(owner).body(badHours).put("/api/merchant/shop").then().statusCode(400)
                .body("errors.field", hasItems("serviceHours[0].closes", "serviceHours[1].day", "serviceHours[1].opens",
                        "serviceHours[1].closes", "timeZone"));

        Map<String, Object> badAddress = profile("Kite Shop");
        badAddress.put("returnAddress", Map.of("name", "Li", "phone", "call me", "country", "China", "city", "Hangzhou",
                "line1", "1 West Lake Road"));
        as(owner).body(badAddress).put("/api/merchant/shop").then().statusCode(400)
                .body("errors.field", hasItems("returnAddress.phone", "returnAddress.country"));
        Map<String, Object> unknownDay = profile("Kite Shop");
        unknownDay.put("serviceHours", List.of(Map.of("day", "FUNDAY", "opens", "09:00", "closes", "10:00")));
        as(owner).body(unknownDay).put("/api/merchant/shop").then().statusCode(400);

        as(owner).get("/api/merchant/shop").then().body("name", equalTo("Kite Shop"))
                .body("timeZone", equalTo("Asia/Shanghai")).body("serviceHours", hasSize(2));
    }

    @Test
    void onlyTheCallersShopAndOnlyWithTheSettingsPermission() {
        Staff owner = Merchants.owner("Lamp Shop");
        Staff other = Merchants.owner("Other Shop");
        as(other).body(profile("Taken Over")).put("/api/merchant/shop").then().statusCode(200);
        as(owner).get("/api/merchant/shop").then().statusCode(200).body("name", equalTo("Lamp Shop"));

        Staff clerk = Merchants.member(owner.merchantId(), false, "PRODUCTS,ORDERS");
        as(clerk).get("/api/merchant/shop").then().statusCode(403).body("type", containsString("missing-permission"));
        as(clerk).body(profile("Clerk's Shop")).put("/api/merchant/shop").then().statusCode(403);
        Staff manager = Merchants.member(owner.merchantId(), false, "SETTINGS");
        as(manager).body(profile("Lamp Shop 2")).put("/api/merchant/shop").then().statusCode(200);

        String shopper = activeAccount(newEmail()).path("accessToken");
        client().auth().oauth2(shopper).get("/api/merchant/shop").then().statusCode(403);
        client().get("/api/merchant/shop").then().statusCode(401);
        client().body(profile("x")).put("/api/merchant/shop").then().statusCode(401);
    }

    @Test
    void anUploadedLogoIsCheckedShownAndReplaced() {
        Staff owner = Merchants.owner("Logo Shop");
        byte[] first = png(6, 6);
        String firstUrl = uploadLogo(owner, first).then().statusCode(200).extract().path("logoUrl");
        assertTrue(firstUrl.contains("/avatars/shops/" + owner.merchantId() + "/"), firstUrl);
        assertEquals(200, get(firstUrl).statusCode());
        String secondUrl = uploadLogo(owner, png(3, 3)).then().statusCode(200).extract().path("logoUrl");
        assertEquals(404, get(firstUrl).statusCode(), "the replaced logo is deleted");

        byte[] notAnImage = "GIF? no, a text".getBytes();
        Response ticket = ticket(owner, "image/gif", notAnImage.length);
        assertEquals(200, put(ticket, notAnImage));
        confirm(owner, ticket.path("imageId")).then().statusCode(422).body("type", containsString("not-an-image"));
        confirm(owner, UUID.randomUUID().toString()).then().statusCode(422).body("type", containsString("upload-missing"));
        ticket(owner, "application/zip", 10).then().statusCode(400).body("errors.field", hasItem("contentType"));

        Staff other = Merchants.owner("Other Logo Shop");
        byte[] theirs = png(2, 2);
        Response theirTicket = ticket(other, "image/png", theirs.length);
        assertEquals(200, put(theirTicket, theirs));
        confirm(owner, theirTicket.path("imageId")).then().statusCode(422).body("type", containsString("upload-missing"));
        as(owner).get("/api/merchant/shop").then().body("logoUrl", equalTo(secondUrl));

        as(owner).delete("/api/merchant/shop/logo").then().statusCode(200).body("logoUrl", nullValue());
        assertEquals(404, get(secondUrl).statusCode());
    }

    static Map<String, Object> profile(String name) {
        Map<String, Object> address = new HashMap<>();
        address.put("name", "Returns desk");
        address.put("phone", "+8657100000000");
        address.put("country", "CN");
        address.put("region", "Zhejiang");
        address.put("city", "Hangzhou");
        address.put("postalCode", "310000");
        address.put("line1", "1 West Lake Road");
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", "Green and oolong teas.\nShipped in 24 hours.");
        body.put("returnAddress", address);
        body.put("serviceHours", List.of(Map.of("day", "SATURDAY", "opens", "10:00", "closes", "24:00"),
                Map.of("day", "MONDAY", "opens", "09:00", "closes", "18:00")));
        body.put("timeZone", "Asia/Shanghai");
        return body;
    }

    private static RequestSpecification as(Staff staff) {
        return client().auth().oauth2(staff.token());
    }

    private static Response uploadLogo(Staff staff, byte[] image) {
        Response ticket = ticket(staff, "image/png", image.length);
        ticket.then().statusCode(200);
        assertEquals(200, put(ticket, image));
        return confirm(staff, ticket.path("imageId"));
    }

    private static Response ticket(Staff staff, String contentType, long size) {
        return as(staff).body(Map.of("contentType", contentType, "sizeBytes", size)).post("/api/merchant/shop/logo/uploads");
    }

    private static Response confirm(Staff staff, String uploadId) {
        return as(staff).body(Map.of("uploadId", uploadId)).put("/api/merchant/shop/logo");
    }

    private static int put(Response ticket, byte[] bytes) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ticket.path("uploadUrl")))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        Map<String, String> headers = ticket.path("headers");
        headers.forEach(request::header);
        return send(request.build()).statusCode();
    }

    private static HttpResponse<byte[]> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private static byte[] png(int width, int height) {
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
