package io.bazaar.cart.rest;

import static io.bazaar.cart.support.CartApi.HEADER;
import static io.bazaar.cart.support.CartApi.add;
import static io.bazaar.cart.support.CartApi.as;
import static io.bazaar.cart.support.CartApi.change;
import static io.bazaar.cart.support.CartApi.customerToken;
import static io.bazaar.cart.support.CartApi.guest;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.cart.support.CatalogRows;
import io.bazaar.cart.support.CatalogRows.Product;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CartAuthorisationTest {

    @Test
    void aCustomerNeverSeesOrChangesAnotherCustomersLines() {
        String alice = customerToken();
        String bob = customerToken();
        Product tee = CatalogRows.onSale(100, 5);
        add(as(alice), tee.sku(), 2).then().statusCode(200);

        as(bob).get("/api/cart").then().statusCode(200).body("lines", empty());
        change(as(bob), tee.sku(), Map.of("quantity", 1)).then().statusCode(404);
        as(bob).delete("/api/cart/lines/" + tee.sku()).then().statusCode(404);
        as(bob).delete("/api/cart").then().statusCode(204);
        add(as(bob), tee.sku(), 1).then().statusCode(200).body("lines[0].quantity", equalTo(1));

        as(alice).get("/api/cart").then().body("lines", hasSize(1)).body("lines[0].quantity", equalTo(2));
    }

    @Test
    void aGuestCartIdCannotAddressAUserCart() {
        UUID account = UUID.randomUUID();
        Product tee = CatalogRows.onSale(100, 5);
        add(as(customerToken(account)), tee.sku(), 1).then().statusCode(200);

        for (String id : new String[] { account.toString(), "user#" + account, account.toString().replace("-", "") }) {
            guest(id).get("/api/cart").then().statusCode(200).body("lines", empty()).header(HEADER, nullValue());
            guest(id).delete("/api/cart/lines/" + tee.sku()).then().statusCode(404);
            given().cookie("bazaar_cart", id).get("/api/cart").then().body("lines", empty());
        }
        as(customerToken(account)).get("/api/cart").then().body("lines", hasSize(1));
    }

    @Test
    void aTokenReachesItsOwnCartWhateverCartIdItAlsoSends() {
        Product tee = CatalogRows.onSale(100, 5);
        String guestId = add(guest(null), tee.sku(), 3).header(HEADER);
        String token = customerToken();
        as(token).header(HEADER, guestId).get("/api/cart").then().statusCode(200).body("lines", empty())
                .header(HEADER, nullValue());
        add(as(token).header(HEADER, guestId), tee.sku(), 1).then().statusCode(200).body("lines[0].quantity", equalTo(1));
        guest(guestId).get("/api/cart").then().body("lines[0].quantity", equalTo(3));
    }

    @Test
    void anInvalidTokenIsRefusedRatherThanTreatedAsAGuest() {
        given().auth().oauth2("not.a.token").get("/api/cart").then().statusCode(401)
                .contentType("application/problem+json").body("type", endsWith("/unauthenticated"));
        String foreign = Jwt.issuer("https://elsewhere.example").subject(UUID.randomUUID().toString())
                .groups(Set.of("customer")).sign();
        given().auth().oauth2(foreign).get("/api/cart").then().statusCode(401);
    }

    @Test
    void onlyCustomersKeepACart() {
        String noCustomer = Jwt.subject(UUID.randomUUID().toString()).groups(Set.of("merchant-staff")).sign();
        given().auth().oauth2(noCustomer).get("/api/cart").then().statusCode(403).body("type", endsWith("/not-a-customer"));
    }
}
