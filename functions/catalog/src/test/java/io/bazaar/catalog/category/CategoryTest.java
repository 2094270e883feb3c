package io.bazaar.catalog.category;

import static io.bazaar.catalog.support.CatalogApi.adminToken;
import static io.bazaar.catalog.support.CatalogApi.as;
import static io.bazaar.catalog.support.CatalogApi.shopperToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CategoryTest {

    @Test
    void everyoneReadsTheTree() {
        given().get("/api/catalog/categories").then().statusCode(200)
                .body("name", hasItem("Electronics"))
                .body("find { it.name == 'Electronics' }.children.find { it.name == 'Audio' }.children[0].name", equalTo("Headphones"));
    }

    @Test
    void onlyAdminsAddCategoriesUnderKnownParents() {
        String name = "Tea " + System.nanoTime();
        as(adminToken()).body(Map.of("parentId", 9, "name", name)).post("/api/admin/categories").then().statusCode(201)
                .body("name", equalTo(name));
        as(adminToken()).body(Map.of("parentId", 9, "name", name)).post("/api/admin/categories").then().statusCode(409);
        as(adminToken()).body(Map.of("parentId", 987654, "name", "Orphan")).post("/api/admin/categories").then().statusCode(400);
        as(shopperToken()).body(Map.of("name", "Mine")).post("/api/admin/categories").then().statusCode(403);
        given().get("/api/catalog/categories").then()
                .body("find { it.name == 'Home' }.children.find { it.name == 'Kitchen' }.children.name", hasItem(name));
    }
}
