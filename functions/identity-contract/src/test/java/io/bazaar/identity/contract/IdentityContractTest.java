package io.bazaar.identity.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Pins what other areas may read of accounts: the public name and contact addresses, on identity's real schema. */
@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class IdentityContractTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;
    @Inject
    AccountDirectory directory;
    @Inject
    ShopDirectory shops;

    @Test
    void theDisplayNameIsThePublicName() {
        UUID id = account("li.lei-" + UUID.randomUUID() + "@example.com", null, "  Li Lei ");
        AccountCard card = directory.find(pool, id).await().atMost(WAIT).orElseThrow();
        assertEquals("Li Lei", card.publicName());
        assertTrue(card.email().orElseThrow().startsWith("li.lei-"));
        assertEquals(Optional.empty(), card.phone());
    }

    @Test
    void withoutANameTheLoginIsMasked() {
        String email = "shopper" + UUID.randomUUID().toString().substring(0, 8) + "x@example.com";
        assertEquals("s***x", directory.find(pool, account(email, null, null)).await().atMost(WAIT).orElseThrow().publicName());
        String phone = "+86138" + String.format("%08d", (long) (Math.random() * 1e8));
        AccountCard byPhone = directory.find(pool, account(null, phone, " ")).await().atMost(WAIT).orElseThrow();
        assertEquals("****" + phone.substring(phone.length() - 4), byPhone.publicName());
        assertEquals(Optional.of(phone), byPhone.phone());
        assertEquals("a***", AccountDirectory.masked("a@example.com", null));
    }

    @Test
    void cardsOfManyAccountsComeInOneMapWithoutTheUnknownOnes() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID first = account("first-" + tag + "@example.com", null, "First");
        UUID second = account(null, "+86139" + String.format("%08d", (long) (Math.random() * 1e8)), null);
        var cards = directory.findAll(pool, java.util.List.of(first, second, UUID.randomUUID())).await().atMost(WAIT);
        assertEquals(java.util.Set.of(first, second), cards.keySet());
        assertEquals("First", cards.get(first).publicName());
        assertTrue(cards.get(second).phone().isPresent());
        assertTrue(directory.findAll(pool, java.util.List.of()).await().atMost(WAIT).isEmpty());
    }

    @Test
    void aLoginFindsItsAccountByEmailInAnyCaseOrByPhone() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID byEmail = account("Finder-" + tag + "@Example.com", null, null);
        String phone = "+86137" + String.format("%08d", (long) (Math.random() * 1e8));
        UUID byPhone = account(null, phone, null);
        assertEquals(java.util.List.of(byEmail),
                directory.withLogin(pool, " finder-" + tag + "@example.COM ").await().atMost(WAIT));
        assertEquals(java.util.List.of(byPhone), directory.withLogin(pool, phone).await().atMost(WAIT));
        assertTrue(directory.withLogin(pool, "nobody-" + tag + "@example.com").await().atMost(WAIT).isEmpty());
    }

    @Test
    void theMaskingRuleMasksAnEmailOrAPhoneAlone() {
        assertEquals("s***r", AccountDirectory.masked("shopper@example.com", null));
        assertEquals("****8000", AccountDirectory.masked(null, "+8613800138000"));
    }

    @Test
    void anUnknownAccountIsEmpty() {
        assertTrue(directory.find(pool, UUID.randomUUID()).await().atMost(WAIT).isEmpty());
    }

    @Test
    void staffWithAPermissionAreItsHoldersAndTheOwners() {
        UUID merchant = UUID.randomUUID();
        pool.preparedQuery("insert into merchants (id, name) values ($1, 'Tea House')").execute(Tuple.of(merchant))
                .await().atMost(WAIT);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        staff(merchant, account("owner-" + tag + "@example.com", null, null), true, "");
        staff(merchant, account("clerk-" + tag + "@example.com", null, null), false, "PRODUCTS,ORDERS");
        staff(merchant, account("writer-" + tag + "@example.com", null, null), false, "PRODUCTS");
        UUID elsewhere = UUID.randomUUID();
        pool.preparedQuery("insert into merchants (id, name) values ($1, 'Other')").execute(Tuple.of(elsewhere)).await().atMost(WAIT);
        staff(elsewhere, account("other-" + tag + "@example.com", null, null), true, "");

        var holders = directory.staffWith(pool, merchant, "orders").await().atMost(WAIT).stream()
                .map(card -> card.email().orElseThrow().substring(0, card.email().orElseThrow().indexOf('-'))).sorted().toList();
        assertEquals(java.util.List.of("clerk", "owner"), holders);
        assertTrue(directory.staffWith(pool, UUID.randomUUID(), "orders").await().atMost(WAIT).isEmpty());
    }

    @Test
    void shopNamesAndCardsOfKnownMerchantsWithOrWithoutAProfile() {
        UUID plain = UUID.randomUUID();
        UUID described = UUID.randomUUID();
        pool.preparedQuery("insert into merchants (id, name) values ($1, 'Plain Shop'), ($2, 'Tea House')")
                .execute(Tuple.of(plain, described)).await().atMost(WAIT);
        pool.preparedQuery("insert into shop_profiles (merchant_id, description, logo_key, return_name, service_hours, "
                + "time_zone) values ($1, 'Green teas', 'avatars/shops/' || $1 || '/logo', 'Desk', "
                + "'MONDAY 09:00-18:00,SATURDAY 10:00-24:00', 'Asia/Shanghai')").execute(Tuple.of(described))
                .await().atMost(WAIT);
        UUID unknown = UUID.randomUUID();

        assertEquals(java.util.Map.of(plain, "Plain Shop", described, "Tea House"),
                shops.names(pool, java.util.List.of(plain, described, unknown)).await().atMost(WAIT));
        var cards = shops.cards(pool, java.util.List.of(plain, described, unknown)).await().atMost(WAIT);
        assertEquals(2, cards.size());
        assertEquals(new ShopCard(plain, "Plain Shop", Optional.empty(), "", java.util.List.of(), "UTC"), cards.get(plain));
        ShopCard tea = cards.get(described);
        assertEquals("Green teas", tea.description());
        assertTrue(tea.logoUrl().orElseThrow().endsWith("/avatars/shops/" + described + "/logo"), tea.logoUrl().toString());
        assertEquals(java.util.List.of(new ServiceHours(java.time.DayOfWeek.MONDAY, "09:00", "18:00"),
                new ServiceHours(java.time.DayOfWeek.SATURDAY, "10:00", "24:00")), tea.serviceHours());
        assertEquals("Asia/Shanghai", tea.timeZone());
        assertTrue(shops.cards(pool, java.util.List.of()).await().atMost(WAIT).isEmpty());
    }

    @Test
    void serviceHoursAreStoredByWeekdayAndReadBack() {
        var week = java.util.List.of(new ServiceHours(java.time.DayOfWeek.FRIDAY, "08:30", "12:00"),
                new ServiceHours(java.time.DayOfWeek.TUESDAY, "09:00", "17:45"));
        assertEquals("TUESDAY 09:00-17:45,FRIDAY 08:30-12:00", ServiceHours.format(week));
        assertEquals(java.util.List.of(week.get(1), week.get(0)), ServiceHours.parse(ServiceHours.format(week)));
        assertEquals(java.util.List.of(), ServiceHours.parse(""));
    }

    private void staff(UUID merchant, UUID account, boolean owner, String permissions) {
        pool.preparedQuery("insert into merchant_staff (account_id, merchant_id, owner, permissions) values ($1, $2, $3, $4)")
                .execute(Tuple.of(account, merchant, owner, permissions)).await().atMost(WAIT);
    }

    private UUID account(String email, String phone, String displayName) {
        UUID id = UUID.randomUUID();
        pool.preparedQuery("insert into accounts (id, email, phone, password_hash, display_name, status, created_at, "
                + "updated_at) values ($1, $2, $3, 'not-a-hash', $4, 'ACTIVE', now(), now())")
                .execute(Tuple.from(Arrays.asList(id, email, phone, displayName))).await().atMost(WAIT);
        return id;
    }
}
