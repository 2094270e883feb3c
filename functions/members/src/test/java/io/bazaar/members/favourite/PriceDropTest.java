package io.bazaar.members.favourite;

import static io.bazaar.members.support.Members.changePrice;
import static io.bazaar.members.support.Members.product;
import static io.bazaar.members.support.Members.rows;
import static io.bazaar.members.support.Members.shopper;
import static io.bazaar.orders.support.Shop.as;
import static io.bazaar.orders.support.Shop.outbox;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.bazaar.members.favourite.pricedrop.PriceDropWatch;
import io.bazaar.members.inbox.delivery.DeliverySender;
import io.bazaar.members.support.Members.Product;
import io.bazaar.members.support.Members.Shopper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class PriceDropTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    PriceDropWatch watch;
    @Inject
    DeliverySender deliveries;

    @Test
    void aCheaperFavouriteIsToldOnceAndAgainOnlyForANewDrop() {
        Shopper me = shopper();
        Product lamp = product(UUID.randomUUID(), "Dropping lamp", 5000, 4);
        as(me.token()).put("/api/me/favourites/products/" + lamp.id()).then().statusCode(200);
        watch.run().await().atMost(WAIT);
        assertEquals(0, priceDrops(me), "no change, no notice");

        changePrice(lamp, 4200);
        watch.run().await().atMost(WAIT);
        watch.run().await().atMost(WAIT);
        assertEquals(1, priceDrops(me), "the same drop is told once");
        as(me.token()).get("/api/me/notifications").then().statusCode(200)
                .body("items[0].kind", equalTo("PRICE_DROP")).body("items[0].key", equalTo("favourite.priceDropped"))
                .body("items[0].params", equalTo(Map.of("product", "Dropping lamp", "productId", lamp.id().toString(),
                        "priceMinor", "4200", "wasMinor", "5000", "currency", "CNY")))
                .body("items[0].link", equalTo("/product/" + lamp.id())).body("unread", equalTo(1));
        as(me.token()).get("/api/me/favourites/products").then().body("items[0].notedPriceMinor", equalTo(4200));

        changePrice(lamp, 4800);
        changePrice(lamp, 4200);
        watch.run().await().atMost(WAIT);
        assertEquals(1, priceDrops(me), "back to the price already told: nothing new");

        changePrice(lamp, 3900);
        watch.run().await().atMost(WAIT);
        assertEquals(2, priceDrops(me), "a new drop below the last notice");
    }

    @Test
    void productsNotForSaleOrSoldOutAreNotAdvertised() {
        Shopper me = shopper();
        Product soldOut = product(UUID.randomUUID(), "Sold-out chair", 8000, 1);
        as(me.token()).put("/api/me/favourites/products/" + soldOut.id()).then().statusCode(200);
        changePrice(soldOut, 100);
        io.bazaar.orders.support.Shop.sql("update skus set stock = 0 where id = $1", Tuple.of(soldOut.sku()));
        watch.run().await().atMost(WAIT);
        assertEquals(0, priceDrops(me));
    }

    @Test
    void shoppersWhoOptedInAlsoGetTheDropByEmail() {
        Shopper me = shopper();
        as(me.token()).get("/api/me/notification-settings").then().statusCode(200)
                .body("priceDropEmail", equalTo(false)).body("email", equalTo(null));
        as(me.token()).body(Map.of("priceDropEmail", true)).put("/api/me/notification-settings").then().statusCode(200)
                .body("priceDropEmail", equalTo(true)).body("email", equalTo(me.email()));
        Product kettle = product(UUID.randomUUID(), "Mailed kettle", 3000, 2);
        as(me.token()).put("/api/me/favourites/products/" + kettle.id()).then().statusCode(200);
        changePrice(kettle, 2500);
        watch.run().await().atMost(WAIT);
        deliveries.sendDue(Instant.now()).await().atMost(WAIT);
        assertTrue(outbox().emails().stream().anyMatch(mail -> mail.destinations().contains(me.email())
                && mail.subject().equals("Mailed kettle is cheaper now") && mail.body().contains("25.00 CNY")
                && mail.body().contains("was 30.00 CNY")), "the price drop was e-mailed");
    }

    @Test
    void settingsNeedAnEmailLoginAndABody() {
        String phoneOnly = io.smallrye.jwt.build.Jwt.subject(UUID.randomUUID().toString()).upn("+14155550100")
                .groups(java.util.Set.of("customer")).sign();
        as(phoneOnly).body(Map.of("priceDropEmail", true)).put("/api/me/notification-settings").then().statusCode(422)
                .body("type", equalTo("https://bazaar.dev/problems/no-email-address"));
        as(phoneOnly).body(Map.of()).put("/api/me/notification-settings").then().statusCode(400)
                .body("errors[0].field", equalTo("priceDropEmail"));
        as(phoneOnly).get("/api/me/notification-settings").then().statusCode(200).body("priceDropEmail", equalTo(false));
    }

    private static int priceDrops(Shopper shopper) {
        return rows("select id from member_notifications where account_id = $1 and kind = 'PRICE_DROP'",
                Tuple.of(shopper.id())).size();
    }
}
