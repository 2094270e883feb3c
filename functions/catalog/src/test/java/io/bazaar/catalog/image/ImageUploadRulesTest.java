package io.bazaar.catalog.image;

import static io.bazaar.catalog.image.ImageFiles.put;
import static io.bazaar.catalog.image.ImageFiles.ticket;
import static io.bazaar.catalog.image.ProductImagesTest.images;
import static io.bazaar.catalog.support.CatalogApi.as;
import static io.bazaar.catalog.support.CatalogApi.create;
import static io.bazaar.catalog.support.CatalogApi.shopperToken;
import static io.bazaar.catalog.support.CatalogApi.staffToken;
import static io.bazaar.catalog.support.CatalogApi.tshirt;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.catalog.CatalogConfig;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ImageUploadRulesTest {

    private static final long MAX = 10L * 1024 * 1024;

    private final UUID merchant = UUID.randomUUID();
    private final String staff = staffToken(merchant, "products");

    @Inject
    S3Client s3;

    @Inject
    CatalogConfig catalog;

    @Test
    void onlyAllowedImageTypesAndSizesGetAnUploadUrl() {
        String productId = product();
        for (String type : List.of("text/plain", "image/svg+xml", "", "image/jpg")) {
            ticket(staff, productId, type, 100).then().statusCode(400).body("errors[0].field", equalTo("contentType"));
        }
        ticket(staff, productId, "image/png", 0).then().statusCode(400).body("errors[0].field", equalTo("sizeBytes"));
        ticket(staff, productId, "image/png", -5).then().statusCode(400).body("errors[0].field", equalTo("sizeBytes"));
        ticket(staff, productId, "image/png", MAX + 1).then().statusCode(400)
                .body("errors[0].field", equalTo("sizeBytes")).body("errors[0].message", containsString("10485760"));
        ticket(staff, productId, "image/png", MAX).then().statusCode(201);
        ticket(staff, productId, "IMAGE/PNG", 1).then().statusCode(201);
        as(staff).body(Map.of("sizeBytes", 10)).post(images(productId) + "/uploads").then().statusCode(400)
                .body("errors[0].field", equalTo("contentType"));
    }

    @Test
    void confirmingBeforeUploadingIsRefusedAndCanBeRetriedAfterTheUpload() {
        String productId = product();
        byte[] png = ImageFiles.png(3, 2);
        Response ticket = ticket(staff, productId, "image/png", png.length);
        String confirm = images(productId) + "/" + ticket.path("imageId") + "/confirm";
        as(staff).post(confirm).then().statusCode(422).body("type", containsString("upload-missing"));
        assertEquals(200, put(ticket, png));
        as(staff).post(confirm).then().statusCode(200).body("width", equalTo(3));
    }

    @Test
    void aTextFileDeclaredAsPngIsRefusedAndItsObjectDeleted() {
        String productId = product();
        byte[] text = "definitely not a picture".getBytes(StandardCharsets.UTF_8);
        Response ticket = ticket(staff, productId, "image/png", text.length);
        assertEquals(200, put(ticket, text));
        String key = "products/" + productId + "/" + ticket.path("imageId");
        s3.headObject(r -> r.bucket(catalog.imagesBucket()).key(key));

        as(staff).post(images(productId) + "/" + ticket.path("imageId") + "/confirm").then().statusCode(422)
                .contentType("application/problem+json").body("type", containsString("not-an-image"));
        assertThrows(NoSuchKeyException.class, () -> s3.headObject(r -> r.bucket(catalog.imagesBucket()).key(key)));
        as(staff).get(images(productId)).then().body("", hasSize(0));
    }

    @Test
    void anImageOfAnotherTypeThanDeclaredIsRefused() {
        String productId = product();
        byte[] jpeg = ImageFiles.jpeg(3, 2);
        Response ticket = ticket(staff, productId, "image/png", jpeg.length);
        assertEquals(200, put(ticket, jpeg));
        as(staff).post(images(productId) + "/" + ticket.path("imageId") + "/confirm").then().statusCode(422)
                .body("type", containsString("image-type-mismatch"));
    }

    @Test
    void anUploadOfAnotherSizeThanDeclaredIsNeverAttached() {
        String productId = product();
        byte[] png = ImageFiles.png(3, 2);
        Response ticket = ticket(staff, productId, "image/png", png.length + 7);
        // S3 itself refuses a body of another length than the signed one; an emulator may store it anyway
        int status = put(ticket, png);
        String expected = status == 200 ? "size-mismatch" : "upload-missing";
        as(staff).post(images(productId) + "/" + ticket.path("imageId") + "/confirm").then().statusCode(422)
                .body("type", containsString(expected));
        String key = "products/" + productId + "/" + ticket.path("imageId");
        assertThrows(NoSuchKeyException.class, () -> s3.headObject(r -> r.bucket(catalog.imagesBucket()).key(key)));
    }

    @Test
    void aProductHasAtMostTwentyImagesUploadsInFlightIncluded() {
        String productId = product();
        for (int i = 0; i < 20; i++) {
            ticket(staff, productId, "image/png", 100).then().statusCode(201);
        }
        ticket(staff, productId, "image/png", 100).then().statusCode(409).body("type", containsString("too-many-images"));
    }

    @Test
    void onlyTheMerchantsOwnStaffWithTheProductsPermissionReachTheImages() {
        String productId = product();
        byte[] png = ImageFiles.png(3, 2);
        String imageId = ImageFiles.attach(staff, productId, "image/png", png);
        Map<String, Object> upload = Map.of("contentType", "image/png", "sizeBytes", 10);
        Map<String, Object> order = Map.of("imageIds", List.of(imageId));

        for (String token : List.of(staffToken(UUID.randomUUID(), "products"), staffToken(merchant, "orders"), shopperToken())) {
            as(token).body(upload).post(images(productId) + "/uploads").then().statusCode(403);
            as(token).post(images(productId) + "/" + imageId + "/confirm").then().statusCode(403);
            as(token).get(images(productId)).then().statusCode(403);
            as(token).body(order).put(images(productId) + "/order").then().statusCode(403);
            as(token).delete(images(productId) + "/" + imageId).then().statusCode(403);
        }
        as(staffToken(UUID.randomUUID(), "products")).get(images(productId)).then().body("type", containsString("not-your-product"));
        as(staffToken(merchant, "orders")).get(images(productId)).then().body("type", containsString("missing-permission"));
        RestAssured.given().contentType("application/json").body(upload).post(images(productId) + "/uploads").then().statusCode(401);
        RestAssured.given().get(images(productId)).then().statusCode(401);
        RestAssured.given().delete(images(productId) + "/" + imageId).then().statusCode(401);
        as(staff).get(images(UUID.randomUUID().toString())).then().statusCode(404);
        as(staff).post(images(productId) + "/" + UUID.randomUUID() + "/confirm").then().statusCode(404);
        as(staff).get(images(productId)).then().statusCode(200).body("id", equalTo(List.of(imageId)));
    }

    private String product() {
        return create(staff, tshirt("Rules Tee")).then().statusCode(201).extract().path("id");
    }
}
