package io.bazaar.orders.notification;

import static io.bazaar.orders.support.Shop.cart;
import static io.bazaar.orders.support.Shop.checkout;
import static io.bazaar.orders.support.Shop.checkoutBody;
import static io.bazaar.orders.support.Shop.customer;
import static io.bazaar.orders.support.Shop.one;
import static io.bazaar.orders.support.Shop.sku;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.orders.notification.service.NotificationSender;
import io.bazaar.orders.support.Shop;
import io.bazaar.orders.support.Shop.Customer;
import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class NotificationOutboxTest {

    @Inject
    NotificationSender sender;

    @Test
    void aFailingSendKeepsTheOrderAndIsRetriedLater() {
        Customer shopper = customer();
        cart(shopper.id(), Map.of(sku(UUID.randomUUID(), "Tee", 1000, 5), 1));
        String number = checkout(shopper.token(), "k-" + UUID.randomUUID(), checkoutBody()).then().statusCode(201)
                .extract().path("orders[0].orderNumber");
        Instant now = Instant.now();
        Shop.whileEmailIsRefused(() -> sender.sendDue(now).await().indefinitely());
        Row failed = email(number);
        assertEquals("PENDING", failed.getString("status"));
        assertEquals(1, failed.getInteger("attempts"));
        assertTrue(failed.getString("last_error") != null && !failed.getString("last_error").isBlank());
        assertTrue(Shop.outbox().emails().stream().noneMatch(e -> e.isTo(shopper.email())));
        Shop.as(shopper.token()).get("/api/orders/" + number).then().statusCode(200);

        sender.sendDue(now.plusSeconds(30)).await().indefinitely();
        assertEquals("PENDING", email(number).getString("status"), "not due again before the backoff");
        sender.sendDue(now.plus(Duration.ofMinutes(2))).await().indefinitely();
        Row sent = email(number);
        assertEquals("SENT", sent.getString("status"));
        assertEquals(2, sent.getInteger("attempts"));
        assertEquals(1, Shop.outbox().emails().stream().filter(e -> e.isTo(shopper.email())).count());
    }

    private static Row email(String number) {
        return one("select status, attempts, last_error from notifications where order_number = $1 and channel = 'EMAIL'",
                Tuple.of(number));
    }
}
