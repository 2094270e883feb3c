package io.bazaar.catalog.image;

import static io.bazaar.catalog.image.ImageFiles.attach;
import static io.bazaar.catalog.image.ImageFiles.put;
import static io.bazaar.catalog.image.ImageFiles.ticket;
import static io.bazaar.catalog.support.CatalogApi.as;
import static io.bazaar.catalog.support.CatalogApi.create;
import static io.bazaar.catalog.support.CatalogApi.listedProduct;
import static io.bazaar.catalog.support.CatalogApi.staffToken;
import static io.bazaar.catalog.support.CatalogApi.tshirt;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ProductImagesTest {

    private final UUID merchant = UUID.randomUUID();
    private final String staff = staffToken(merchant, "products");

    @Test
    void anUploadThroughThePresignedUrlIsConfirmedWithItsDimensionsAndServedFromTheBucket() {
        String productId = product("Pictured Tee");
        byte[] png = ImageFiles.png(3, 2);
        Response ticket = ticket(staff, productId, "image/png", png.length);
        ticket.then().statusCode(201).body("method", equalTo("PUT")).body("headers.Content-Type", equalTo("image/png"))
                .body("uploadUrl", containsString("/products/" + productId + "/")).body("expiresAt", startsWith("20"));
        assertEquals(200, put(ticket, png));
        String imageId = ticket.path("imageId");
        as(staff).get(images(productId)).then().statusCode(200).body("", hasSize(0));

        as(staff).post(images(productId) + "/" + imageId + "/confirm").then().statusCode(200)
                .body("id", equalTo(imageId)).body("contentType", equalTo("image/png")).body("sizeBytes", equalTo(png.length))
                .body("width", equalTo(3)).body("height", equalTo(2)).body("position", equalTo(0));
        as(staff).post(images(productId) + "/" + imageId + "/confirm").then().statusCode(200).body("position", equalTo(0));

        String url = as(staff).get(images(productId)).then().statusCode(200).body("", hasSize(1))
                .body("[0].url", startsWith("http")).extract().path("[0].url");
        HttpResponse<byte[]> served = ImageFiles.get(url);
        assertEquals(200, served.statusCode());
        assertArrayEquals(png, served.body());
    }

    @Test
    void jpegGifAndWebpAreRecognisedAndListedInUploadOrder() {
        String productId = product("Formats Tee");
        String jpeg = attach(staff, productId, "image/jpeg", ImageFiles.jpeg(5, 4));
        String gif = attach(staff, productId, "image/gif", ImageFiles.gif(2, 7));
        String webp = attach(staff, productId, "image/webp", ImageFiles.WEBP_1X1);
        as(staff).get(images(productId)).then().statusCode(200)
                .body("id", equalTo(List.of(jpeg, gif, webp))).body("position", equalTo(List.of(0, 1, 2)))
                .body("width", equalTo(List.of(5, 2, 1))).body("height", equalTo(List.of(4, 7, 1)))
                .body("contentType", equalTo(List.of("image/jpeg", "image/gif", "image/webp")));
    }

    @Test
    void imagesAreReorderedOnlyWithExactlyTheAttachedIds() {
        String productId = product("Ordered Tee");
        String first = attach(staff, productId, "image/png", ImageFiles.png(3, 2));
        String second = attach(staff, productId, "image/png", ImageFiles.png(4, 2));
        String third = attach(staff, productId, "image/png", ImageFiles.png(5, 2));
        String pending = ticket(staff, productId, "image/png", 10).path("imageId");

        as(staff).body(Map.of("imageIds", List.of(third, first, second))).put(images(productId) + "/order").then()
                .statusCode(200).body("id", equalTo(List.of(third, first, second))).body("position", equalTo(List.of(0, 1, 2)));
        as(staff).get(images(productId)).then().body("id", equalTo(List.of(third, first, second)));

        for (List<String> wrong : List.of(List.of(third, first), List.of(third, first, first),
                List.of(third, first, second, pending), List.of(third, first, UUID.randomUUID().toString()),
                List.of(third, first, attach(staff, product("Other Tee"), "image/png", ImageFiles.png(1, 1))))) {
            as(staff).body(Map.of("imageIds", wrong)).put(images(productId) + "/order").then().statusCode(400)
                    .body("errors[0].field", equalTo("imageIds"));
        }
        as(staff).body(Map.of()).put(images(productId) + "/order").then().statusCode(400);
        as(staff).get(images(productId)).then().body("id", equalTo(List.of(third, first, second)));
    }

    @Test
    void aSkuMayShowAnAttachedImageAndShowsNoneOnceItIsDeleted() {
        Map<String, Object> draft = tshirt("Sku Image Tee");
        String productId = create(staff, draft).then().statusCode(201).extract().path("id");
        String kept = attach(staff, productId, "image/png", ImageFiles.png(3, 2));
        String imageId = attach(staff, productId, "image/jpeg", ImageFiles.jpeg(3, 2));
        String pending = ticket(staff, productId, "image/png", 10).path("imageId");

        skus(draft).get(0).put("imageId", pending);
        as(staff).body(draft).put(productPath(productId)).then().statusCode(400).body("errors[0].field", equalTo("skus[0].imageId"));
        skus(draft).get(0).put("imageId", imageId);
        as(staff).body(draft).put(productPath(productId)).then().statusCode(200).body("skus[0].imageId", equalTo(imageId));

        as(staff).delete(images(productId) + "/" + imageId).then().statusCode(204);
        as(staff).get(productPath(productId)).then().statusCode(200).body("skus[0].imageId", nullValue());
        as(staff).get(images(productId)).then().body("id", equalTo(List.of(kept)));
        as(staff).delete(images(productId) + "/" + imageId).then().statusCode(404);
        as(staff).delete(images(productId) + "/" + pending).then().statusCode(204);
        as(staff).post(images(productId) + "/" + pending + "/confirm").then().statusCode(404);
    }

    @Test
    void deletingAnImageClosesTheGapInTheOrder() {
        String productId = product("Gap Tee");
        String first = attach(staff, productId, "image/png", ImageFiles.png(3, 2));
        String second = attach(staff, productId, "image/png", ImageFiles.png(3, 3));
        String third = attach(staff, productId, "image/png", ImageFiles.png(3, 4));
        as(staff).delete(images(productId) + "/" + second).then().statusCode(204);
        as(staff).get(images(productId)).then().body("id", equalTo(List.of(first, third))).body("position", equalTo(List.of(0, 1)));
        String fourth = attach(staff, productId, "image/png", ImageFiles.png(3, 5));
        as(staff).get(images(productId)).then().body("id", equalTo(List.of(first, third, fourth)))
                .body("position", equalTo(List.of(0, 1, 2)));
    }

    @Test
    void imageChangesSendAnApprovedProductBackToReview() {
        String productId = listedProduct(staff, tshirt("Reviewed Tee"));
        String ticketOnly = ticket(staff, productId, "image/png", 10).path("imageId");
        as(staff).get(productPath(productId)).then().body("status", equalTo("approved"));
        as(staff).delete(images(productId) + "/" + ticketOnly).then().statusCode(204);
        as(staff).get(productPath(productId)).then().body("status", equalTo("approved"));

        String imageId = attach(staff, productId, "image/png", ImageFiles.png(3, 2));
        as(staff).get(productPath(productId)).then().body("status", equalTo("pending_review")).body("visibleToShoppers", equalTo(false));

        approve(productId);
        as(staff).body(Map.of("imageIds", List.of(imageId))).put(images(productId) + "/order").then().statusCode(200);
        as(staff).get(productPath(productId)).then().body("status", equalTo("approved"));

        as(staff).delete(images(productId) + "/" + imageId).then().statusCode(204);
        as(staff).get(productPath(productId)).then().body("status", equalTo("pending_review"));
    }

    private String product(String name) {
        return create(staff, tshirt(name)).then().statusCode(201).extract().path("id");
    }

    private static void approve(String productId) {
        as(io.bazaar.catalog.support.CatalogApi.adminToken()).post("/api/admin/products/" + productId + "/approve").then()
                .statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> skus(Map<String, Object> draft) {
        return (List<Map<String, Object>>) draft.get("skus");
    }

    private static String productPath(String id) {
        return "/api/merchant/products/" + id;
    }

    static String images(String productId) {
        return "/api/merchant/products/" + productId + "/images";
    }
}
