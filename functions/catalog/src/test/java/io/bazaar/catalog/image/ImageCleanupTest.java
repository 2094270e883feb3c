package io.bazaar.catalog.image;

import static io.bazaar.catalog.image.ImageFiles.put;
import static io.bazaar.catalog.image.ImageFiles.ticket;
import static io.bazaar.catalog.image.ProductImagesTest.images;
import static io.bazaar.catalog.support.CatalogApi.as;
import static io.bazaar.catalog.support.CatalogApi.create;
import static io.bazaar.catalog.support.CatalogApi.staffToken;
import static io.bazaar.catalog.support.CatalogApi.tshirt;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.bazaar.catalog.CatalogConfig;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class ImageCleanupTest {

    private final String staff = staffToken(UUID.randomUUID(), "products");

    @Inject
    S3Client s3;

    @Inject
    CatalogConfig catalog;

    @Inject
    ImageCleanup cleanup;

    @Test
    void aDeletedImagesObjectIsGoneAfterCleanupAndItsQueueEntryOnceNoUploadUrlCanRecreateIt() throws Throwable {
        String productId = product();
        String imageId = ImageFiles.attach(staff, productId, "image/png", ImageFiles.png(3, 2));
        String key = key(productId, imageId);
        as(staff).delete(images(productId) + "/" + imageId).then().statusCode(204);
        assertTrue(queued(key));
        assertExists(key);

        cleanup();
        assertGone(key);
        assertTrue(queued(key), "kept while an upload URL handed out before the deletion may still be used");

        sql("update image_deletions set requested_at = now() - interval '16 minutes' where object_key = ?", key);
        cleanup();
        assertFalse(queued(key));
    }

    @Test
    void deletingAProductLeavesNoneOfItsObjectsAfterCleanup() throws Throwable {
        String productId = product();
        String attached = key(productId, ImageFiles.attach(staff, productId, "image/png", ImageFiles.png(3, 2)));
        byte[] png = ImageFiles.png(4, 4);
        Response pendingTicket = ticket(staff, productId, "image/png", png.length);
        assertEquals(200, put(pendingTicket, png));
        String pending = key(productId, pendingTicket.path("imageId"));

        as(staff).delete("/api/merchant/products/" + productId).then().statusCode(204);
        assertTrue(queued(attached));
        assertTrue(queued(pending));
        cleanup();
        assertGone(attached);
        assertGone(pending);
    }

    @Test
    void uploadsNeverConfirmedAreDroppedWithTheirObjectsOnceStale() throws Throwable {
        String productId = product();
        byte[] png = ImageFiles.png(3, 2);
        Response stale = ticket(staff, productId, "image/png", png.length);
        Response fresh = ticket(staff, productId, "image/png", png.length);
        assertEquals(200, put(stale, png));
        assertEquals(200, put(fresh, png));
        sql("update product_images set created_at = now() - interval '61 minutes' where id = ?::uuid", stale.path("imageId"));

        cleanup();
        assertGone(key(productId, stale.path("imageId")));
        assertExists(key(productId, fresh.path("imageId")));
        as(staff).post(images(productId) + "/" + stale.path("imageId") + "/confirm").then().statusCode(404);
        as(staff).post(images(productId) + "/" + fresh.path("imageId") + "/confirm").then().statusCode(200);
        as(staff).get(images(productId)).then().body("", hasSize(1));
    }

    private void cleanup() throws Throwable {
        VertxContextSupport.subscribeAndAwait(cleanup::run);
    }

    private String product() {
        return create(staff, tshirt("Cleanup Tee")).then().statusCode(201).extract().path("id");
    }

    private static String key(String productId, String imageId) {
        return "products/" + productId + "/" + imageId;
    }

    private void assertExists(String key) {
        s3.headObject(r -> r.bucket(catalog.imagesBucket()).key(key));
    }

    private void assertGone(String key) {
        assertThrows(NoSuchKeyException.class, () -> s3.headObject(r -> r.bucket(catalog.imagesBucket()).key(key)));
    }

    private static boolean queued(String key) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(
                "select 1 from image_deletions where object_key = ?")) {
            query.setString(1, key);
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        }
    }

    private static void sql(String statement, String parameter) throws SQLException {
        try (Connection db = connect(); PreparedStatement update = db.prepareStatement(statement)) {
            update.setString(1, parameter);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
