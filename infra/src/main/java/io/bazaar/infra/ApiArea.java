package io.bazaar.infra;

import java.util.List;
import java.util.Set;

import software.amazon.awscdk.services.apigatewayv2.HttpMethod;

/**
 * One API area as deployed: its Lambda artifact, the routes it answers and what it may touch; adding an area is adding one entry to {@link #all()}.
 *
 * @param name         the area, as in /api/{area}/... and in resource names (lower case)
 * @param artifact     the function zip, relative to the artifacts directory (context {@code bazaar:artifactsDir})
 * @param routes       the HTTP API routes sent to this area's function
 * @param tables       names (without the stage prefix) of the DynamoDB tables the area reads and writes (every area
 *                     also reads items of {@link DataStores#ENDED_SESSIONS}, to refuse tokens of ended sessions)
 * @param capabilities what else the area may do beyond its tables and the database
 * @param jobs         the area's periodic work, started by EventBridge (see {@link JobSchedules})
 */
public record ApiArea(String name, String artifact, List<Route> routes, List<String> tables, Set<Capability> capabilities,
                      List<Job> jobs) {

    /** One route of the HTTP API, e.g. {@code ANY /api/auth/{proxy+}}. */
    public record Route(HttpMethod method, String path) {
        /** The route key as API Gateway writes it. */
        public String key() {
            return method.name() + " " + path;
        }
    }

    /**
     * A scheduled job of the area, as named by the area's {@code io.bazaar.platform.jobs.ScheduledJob} bean (or of the
     * import worker, see {@link ImportWorker#REFRESH}).
     *
     * @param name     the job's name, in the path {@code /internal/jobs/{name}}
     * @param schedule an EventBridge schedule expression, e.g. {@code rate(1 minute)} or {@code cron(0 3 * * ? *)}
     */
    public record Job(String name, String schedule) {
        public Job {
            if (!name.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("job names are lower-case letters, digits and '-', got: " + name);
            }
        }

        /** The path an area's job is started at. */
        public String path() {
            return "/internal/jobs/" + name;
        }
    }

    /** Permissions some areas need and others must not have. */
    public enum Capability {
        /** Sends e-mail through SES from the configured sender address. */
        SEND_EMAIL,
        /** Sends SMS through SNS (direct publish to a phone number). */
        SEND_SMS,
        /** Signs JWTs, so it reads the key pair secret (private key included). */
        ISSUE_TOKENS,
        /** Reads and writes the avatars bucket (presigned uploads under uploads/, published avatars under avatars/). */
        AVATARS,
        /** Seals identity-document numbers of real-name submissions, so it reads the document keys secret. */
        VERIFY_REAL_NAMES,
        /** Reads and writes the product image bucket and renders public links to products. */
        PRODUCT_IMAGES,
        /** Reads and writes the private bucket of return photos (presigned uploads and downloads). */
        RETURN_PHOTOS,
        /** Reads and writes the private bucket of customer messages' images (presigned uploads and downloads). */
        MESSAGE_ATTACHMENTS,
        /** Writes merchants' order exports into their private bucket and signs downloads of them. */
        ORDER_EXPORTS,
        /** Takes payments, so it reads the payments secrets (webhook signing secret, Stripe's keys). */
        TAKE_PAYMENTS,
        /** Shows product images in its own lists (their public URLs on the CDN), without access to the bucket. */
        LINK_PRODUCT_IMAGES,
        /** Starts product imports: sends their work to the import queue, which the import worker consumes. */
        START_IMPORTS,
        /** Reads and writes review photos: the reviews/ prefix of the product image bucket, and nothing else of it. */
        REVIEW_IMAGES,
        /**
         * Pushes to phones: creates, enables and deletes SNS platform endpoints of the configured platform applications
         * and publishes to those endpoints (never to phone numbers or topics).
         */
        MOBILE_PUSH,
        /** Queries the staff audit log for merchant owners (every area may only put entries into it). */
        READ_STAFF_AUDIT,
        /** Shows shop logos (identity's shop cards: their public URLs on the image CDN), without access to the bucket. */
        LINK_SHOP_LOGOS,
        /** Sends shoppers' behaviour events of its requests (views, searches, cart changes) to the events queue. */
        RECORD_EVENTS,
        /** Receives and deletes the events queue's messages: the statistics area, which owns them. */
        TAKE_IN_EVENTS
    }

    public ApiArea {
        routes = List.copyOf(routes);
        tables = List.copyOf(tables);
        capabilities = capabilities.isEmpty() ? Set.of() : Set.copyOf(capabilities);
        jobs = List.copyOf(jobs);
    }

    /** Sign-up, sign-in, verification codes, refresh tokens and the user's own profile. */
    public static ApiArea identity() {
        return new ApiArea("identity", "functions/identity-lambda/target/function.zip",
                List.of(route(HttpMethod.ANY, "/api/auth/{proxy+}"),
                        route(HttpMethod.ANY, "/api/me"),
                        route(HttpMethod.ANY, "/api/me/{proxy+}"),
                        route(HttpMethod.GET, "/api/identity/openapi"),
                        // the platform admin's queue of real-name submissions (manual provider)
                        route(HttpMethod.ANY, "/api/identity/verifications"),
                        route(HttpMethod.ANY, "/api/identity/verifications/{proxy+}"),
                        // shops, staff and roles (issue 14): the signed-in member, staff, roles, invitations;
                        // the admins' shops and applications; the public application form
                        route(HttpMethod.ANY, "/api/merchant/me"),
                        route(HttpMethod.ANY, "/api/merchant/staff"),
                        route(HttpMethod.ANY, "/api/merchant/staff/{proxy+}"),
                        route(HttpMethod.ANY, "/api/merchant/roles"),
                        route(HttpMethod.ANY, "/api/merchant/roles/{proxy+}"),
                        route(HttpMethod.ANY, "/api/merchant/invitations"),
                        route(HttpMethod.ANY, "/api/merchant/invitations/{proxy+}"),
                        route(HttpMethod.ANY, "/api/admin/merchants"),
                        route(HttpMethod.ANY, "/api/admin/merchants/{proxy+}"),
                        route(HttpMethod.ANY, "/api/admin/shop-applications"),
                        route(HttpMethod.ANY, "/api/admin/shop-applications/{proxy+}"),
                        route(HttpMethod.ANY, "/api/shop-applications"),
                        // the merchant centre's shop profile (and its logo) and the staff audit log
                        route(HttpMethod.ANY, "/api/merchant/shop"),
                        route(HttpMethod.ANY, "/api/merchant/shop/{proxy+}"),
                        route(HttpMethod.ANY, "/api/merchant/audit")),
                List.of(DataStores.VERIFICATION_CODES, DataStores.REFRESH_TOKENS, DataStores.RATE_LIMITS,
                        DataStores.ENDED_SESSIONS),
                Set.of(Capability.SEND_EMAIL, Capability.SEND_SMS, Capability.ISSUE_TOKENS, Capability.AVATARS,
                        Capability.VERIFY_REAL_NAMES, Capability.READ_STAFF_AUDIT),
                List.of());
    }

    /** Products, categories, search, the merchant centre's product side and imports, moderation, product pages, sitemaps and images. */
    public static ApiArea catalog() {
        return new ApiArea("catalog", "functions/catalog-lambda/target/function.zip",
                List.of(route(HttpMethod.ANY, "/api/catalog/{proxy+}"), // also the area's OpenAPI document, /api/catalog/openapi
                        route(HttpMethod.ANY, "/api/merchant/products"),
                        route(HttpMethod.ANY, "/api/merchant/products/{proxy+}"),
                        route(HttpMethod.ANY, "/api/merchant/brands"),
                        route(HttpMethod.ANY, "/api/merchant/brands/{proxy+}"),
                        route(HttpMethod.ANY, "/api/merchant/series"),
                        route(HttpMethod.ANY, "/api/merchant/series/{proxy+}"),
                        route(HttpMethod.ANY, "/api/merchant/keywords"),
                        route(HttpMethod.ANY, "/api/merchant/keywords/{proxy+}"),
                        route(HttpMethod.ANY, "/api/merchant/tags"),
                        route(HttpMethod.ANY, "/api/merchant/tags/{proxy+}"),
                        // import jobs: POST starts one, GET lists them, /{id} and /{id}/items (the work is the ImportWorker's)
                        route(HttpMethod.ANY, "/api/merchant/imports"),
                        route(HttpMethod.ANY, "/api/merchant/imports/{proxy+}"),
                        route(HttpMethod.ANY, "/api/admin/products/{proxy+}"),
                        route(HttpMethod.ANY, "/api/admin/categories"),
                        route(HttpMethod.GET, "/p/{proxy+}"),
                        route(HttpMethod.GET, "/sitemap.xml"),
                        route(HttpMethod.GET, "/sitemaps/{proxy+}"),
                        route(HttpMethod.GET, "/robots.txt")),
                List.of(DataStores.BEHAVIOUR_COUNTERS, DataStores.IMPORT_JOBS, DataStores.IMPORT_ITEMS, DataStores.PRICE_HISTORY,
                        DataStores.IDEMPOTENCY_KEYS),
                Set.of(Capability.PRODUCT_IMAGES, Capability.START_IMPORTS, Capability.LINK_SHOP_LOGOS,
                        Capability.RECORD_EVENTS),
                List.of(new Job("view-rollup", "rate(1 minute)"),
                        new Job("image-cleanup", "rate(5 minutes)")));
    }

    /** Shopping carts, of guests and of signed-in shoppers. */
    public static ApiArea cart() {
        return new ApiArea("cart", "functions/cart-lambda/target/function.zip",
                List.of(route(HttpMethod.ANY, "/api/cart"),
                        route(HttpMethod.ANY, "/api/cart/{proxy+}")),
                List.of(DataStores.CARTS),
                Set.of(Capability.RECORD_EVENTS),
                List.of());
    }

    /** Checkout, orders of shoppers and merchants, addresses, coupons and wallets, points, payments and order notifications. */
    public static ApiArea orders() {
        return new ApiArea("orders", "functions/orders-lambda/target/function.zip",
                List.of(route(HttpMethod.ANY, "/api/orders"),
                        route(HttpMethod.ANY, "/api/orders/{proxy+}"),
                        route(HttpMethod.ANY, "/api/merchant/orders"),
                        route(HttpMethod.ANY, "/api/merchant/orders/{proxy+}"),
                        // exports of the merchant's orders (produced by the OrderExportWorker function)
                        route(HttpMethod.ANY, "/api/merchant/order-exports"),
                        route(HttpMethod.ANY, "/api/merchant/order-exports/{proxy+}"),
                        route(HttpMethod.ANY, "/api/merchant/shipping-rule"),
                        // more specific than identity's /api/me/{proxy+}: API Gateway picks the longest match
                        route(HttpMethod.ANY, "/api/me/addresses"),
                        route(HttpMethod.ANY, "/api/me/addresses/{proxy+}"),
                        // points and the coupon wallet (issue 13), also more specific than identity's /api/me/{proxy+}
                        route(HttpMethod.ANY, "/api/me/points"),
                        route(HttpMethod.ANY, "/api/me/points/{proxy+}"),
                        route(HttpMethod.ANY, "/api/me/coupons"),
                        route(HttpMethod.ANY, "/api/me/coupons/{proxy+}"),
                        route(HttpMethod.ANY, "/api/coupons/{proxy+}"),
                        route(HttpMethod.ANY, "/api/admin/points/{proxy+}"),
                        // returns: the shopper's, the merchant's and the admin's view (/api/orders/{n}/returns is above)
                        route(HttpMethod.ANY, "/api/me/returns"),
                        route(HttpMethod.ANY, "/api/me/returns/{proxy+}"),
                        route(HttpMethod.ANY, "/api/merchant/returns"),
                        route(HttpMethod.ANY, "/api/merchant/returns/{proxy+}"),
                        route(HttpMethod.ANY, "/api/admin/returns"),
                        route(HttpMethod.ANY, "/api/admin/returns/{proxy+}"),
                        route(HttpMethod.ANY, "/api/admin/coupons"),
                        route(HttpMethod.ANY, "/api/admin/coupons/{proxy+}"),
                        // refunds of any order, payment alerts
                        route(HttpMethod.ANY, "/api/admin/orders/{proxy+}"),
                        route(HttpMethod.ANY, "/api/admin/payments/{proxy+}"),
                        // Stripe's webhook /api/payments/webhook/stripe (and the sandbox's page, a 404 when deployed)
                        route(HttpMethod.ANY, "/api/payments/{proxy+}"),
                        // carriers' tracking webhooks /api/shipping/webhook/{carrier}, trusted by their signature
                        route(HttpMethod.ANY, "/api/shipping/{proxy+}")),
                List.of(DataStores.CARTS, DataStores.IDEMPOTENCY_KEYS),
                Set.of(Capability.SEND_EMAIL, Capability.SEND_SMS, Capability.TAKE_PAYMENTS, Capability.RETURN_PHOTOS,
                        Capability.ORDER_EXPORTS, Capability.RECORD_EVENTS),
                List.of(new Job("payment-timeouts", "rate(1 minute)"),
                        new Job("delivery-timeouts", "rate(1 hour)"),
                        new Job("notifications", "rate(1 minute)"),
                        new Job("points-expiry", "rate(1 hour)"),
                        new Job("return-photo-cleanup", "rate(15 minutes)")));
    }

    /** Product reviews: writing (buyers of received order lines), photos, moderation, merchant replies and reports. */
    public static ApiArea reviews() {
        return new ApiArea("reviews", "functions/reviews-lambda/target/function.zip",
                List.of(route(HttpMethod.ANY, "/api/reviews/{proxy+}"), // also the area's OpenAPI document, /api/reviews/openapi
                        // more specific than identity's /api/me/{proxy+}: API Gateway picks the longest match
                        route(HttpMethod.ANY, "/api/me/reviews"),
                        route(HttpMethod.ANY, "/api/me/reviews/{proxy+}"),
                        route(HttpMethod.ANY, "/api/merchant/reviews"),
                        route(HttpMethod.ANY, "/api/merchant/reviews/{proxy+}"),
                        route(HttpMethod.ANY, "/api/admin/reviews"),
                        route(HttpMethod.ANY, "/api/admin/reviews/{proxy+}")),
                List.of(DataStores.RATE_LIMITS),
                Set.of(Capability.SEND_EMAIL, Capability.SEND_SMS, Capability.REVIEW_IMAGES),
                List.of(new Job("review-photo-cleanup", "rate(1 hour)"), new Job("review-notices", "rate(1 minute)")));
    }

    /**
     * The shopper's favourites, recently viewed products, in-app inbox, notification settings and push devices; customer
     * messages between shoppers and shops (the merchant centre's side too).
     */
    public static ApiArea members() {
        return new ApiArea("members", "functions/members-lambda/target/function.zip",
                // more specific than identity's /api/me/{proxy+}: API Gateway picks the longest match
                List.of(route(HttpMethod.ANY, "/api/me/favourites/{proxy+}"),
                        route(HttpMethod.ANY, "/api/me/recently-viewed"),
                        route(HttpMethod.ANY, "/api/me/notifications"),
                        route(HttpMethod.ANY, "/api/me/notifications/{proxy+}"),
                        route(HttpMethod.ANY, "/api/me/notification-settings"),
                        route(HttpMethod.ANY, "/api/me/devices"),
                        route(HttpMethod.ANY, "/api/me/devices/{proxy+}"),
                        // customer messages (issue 14): the shopper's threads and the shop's, with their images
                        route(HttpMethod.ANY, "/api/me/messages"),
                        route(HttpMethod.ANY, "/api/me/messages/{proxy+}"),
                        route(HttpMethod.ANY, "/api/merchant/messages"),
                        route(HttpMethod.ANY, "/api/merchant/messages/{proxy+}"),
                        route(HttpMethod.GET, "/api/members/openapi")),
                // messages: spam limits (rate-limits) and retried writes (idempotency-keys)
                List.of(DataStores.RECENTLY_VIEWED, DataStores.RATE_LIMITS, DataStores.IDEMPOTENCY_KEYS),
                Set.of(Capability.SEND_EMAIL, Capability.SEND_SMS, Capability.MOBILE_PUSH, Capability.LINK_PRODUCT_IMAGES,
                        Capability.LINK_SHOP_LOGOS, Capability.MESSAGE_ATTACHMENTS, Capability.RECORD_EVENTS),
                List.of(new Job("inbox-deliveries", "rate(1 minute)"),
                        new Job("price-drops", "rate(15 minutes)"),
                        new Job("message-notices", "rate(1 minute)"),
                        new Job("message-attachment-cleanup", "rate(15 minutes)")));
    }

    /**
     * Merchants' sales and funnel figures from the behaviour events. Its jobs (taking in the events queue, purging old
     * raw events) run on its second function, {@link StatisticsIngest}, not on this one.
     */
    public static ApiArea statistics() {
        return new ApiArea("statistics", "functions/statistics-lambda/target/function.zip",
                List.of(route(HttpMethod.ANY, "/api/merchant/statistics"),
                        route(HttpMethod.ANY, "/api/merchant/statistics/{proxy+}"),
                        route(HttpMethod.GET, "/api/statistics/openapi")),
                List.of(),
                Set.of(Capability.TAKE_IN_EVENTS),
                List.of());
    }

    /** Every area deployed. */
    public static List<ApiArea> all() {
        return List.of(identity(), catalog(), cart(), orders(), reviews(), members(), statistics());
    }

    private static Route route(HttpMethod method, String path) {
        return new Route(method, path);
    }
}
