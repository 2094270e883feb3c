package io.bazaar.identity.session;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.bazaar.identity.IdentityConfig;
import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.platform.aws.DynamoBatchReads;
import io.bazaar.platform.aws.DynamoTable;
import io.bazaar.platform.crypto.Sha256;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Rotating refresh tokens in DynamoDB, stored only as SHA-256 hashes. Each login starts a family; each refresh
 * retires the presented token and issues the next. Presenting a retired token means it leaked: the whole family is
 * revoked, so the thief and the victim both have to sign in again (OAuth 2.0 Security BCP, refresh token rotation).
 * A family is a session the person sees in their security page ({@code account#<id>} lists an account's families).
 */
@ApplicationScoped
public class RefreshTokens {

    static final DynamoTable TABLE = new DynamoTable("refresh-tokens");

    /** A family just started: its id (the session id, {@code sid} of its access tokens) and first token. */
    public record Started(String familyId, String token) {
    }

    /** Outcome of presenting a refresh token. */
    public sealed interface Rotation {
        /** The token was live: here is its successor. */
        record Rotated(UUID accountId, int sessionVersion, String familyId, String nextToken) implements Rotation {
        }

        /** Unknown, expired or revoked. */
        record Rejected() implements Rotation {
        }

        /** Already used once: its family is now revoked. */
        record Reused() implements Rotation {
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final DynamoDbClient dynamo;
    private final BlockingCalls blocking;
    private final IdentityConfig config;
    private final Clock clock;
    private final String table;

    RefreshTokens(DynamoDbClient dynamo, BlockingCalls blocking, IdentityConfig config, Clock clock, AwsConfig aws) {
        this.dynamo = dynamo;
        this.blocking = blocking;
        this.config = config;
        this.clock = clock;
        this.table = TABLE.fullName(aws);
    }

    @Produces
    static DynamoTable table() {
        return TABLE;
    }

    /**
     * Starts a new family (a login) and returns its first token. The family is also listed under its account, so the
     * person can see and end their sessions; the device is kept as the browser named itself, the address masked.
     */
    public Uni<Started> startFamily(UUID accountId, int sessionVersion, SessionDevice device) {
        return blocking.run(() -> {
            String family = UUID.randomUUID().toString();
            String now = Long.toString(clock.millis());
            Map<String, AttributeValue> item = new HashMap<>(Map.of(
                    DynamoTable.KEY, AttributeValue.fromS(familyId(family)),
                    "accountId", AttributeValue.fromS(accountId.toString()),
                    "sessionVersion", AttributeValue.fromN(Integer.toString(sessionVersion)),
                    "revoked", AttributeValue.fromBool(false),
                    "createdAt", AttributeValue.fromN(now),
                    "lastUsedAt", AttributeValue.fromN(now),
                    DynamoTable.TTL, AttributeValue.fromN(Long.toString(expiry()))));
            if (device.userAgent() != null) {
                item.put("userAgent", AttributeValue.fromS(device.userAgent()));
            }
            if (device.maskedAddress() != null) {
                item.put("address", AttributeValue.fromS(device.maskedAddress()));
            }
            dynamo.putItem(r -> r.tableName(table).item(item));
            dynamo.updateItem(r -> r.tableName(table).key(key(accountIndexId(accountId)))
                    .updateExpression("ADD families :family SET " + DynamoTable.TTL + " = :expires")
                    .expressionAttributeValues(Map.of(":family", AttributeValue.fromSs(List.of(family)),
                            ":expires", AttributeValue.fromN(Long.toString(expiry())))));
            return new Started(family, newToken(family, accountId));
        });
    }

    /** The account's live sessions (neither revoked nor expired), most recently used first. */
    public Uni<List<StoredSession>> live(UUID accountId) {
        return blocking.run(() -> liveNow(accountId));
    }

    /**
     * Revokes one of the account's sessions; false when the account has no such live session (someone else's id is
     * the same as an unknown one).
     */
    public Uni<Boolean> revokeSession(UUID accountId, String familyId) {
        return blocking.run(() -> {
            boolean mine = liveNow(accountId).stream().anyMatch(s -> s.familyId().equals(familyId));
            if (mine) {
                revokeFamily(familyId);
            }
            return mine;
        });
    }

    /** Revokes every live session of the account but the one kept (null: all of them); returns the revoked ids. */
    public Uni<List<String>> revokeAll(UUID accountId, String keptFamilyIdOrNull) {
        return blocking.run(() -> {
            List<String> revoked = new ArrayList<>();
            for (StoredSession session : liveNow(accountId)) {
                if (!session.familyId().equals(keptFamilyIdOrNull)) {
                    revokeFamily(session.familyId());
                    revoked.add(session.familyId());
                }
            }
            return revoked;
        });
    }

    private List<StoredSession> liveNow(UUID accountId) {
        Map<String, AttributeValue> index = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(key(accountIndexId(accountId)))).item();
        if (index == null || !index.containsKey("families")) {
            return List.of();
        }
        List<Map<String, AttributeValue>> keys = index.get("families").ss().stream().map(f -> key(familyId(f))).toList();
        List<StoredSession> live = new ArrayList<>();
        List<String> dead = new ArrayList<>();
        for (Map<String, AttributeValue> item : DynamoBatchReads.getAll(dynamo, table, keys)) {
            String family = item.get(DynamoTable.KEY).s().substring("family#".length());
            if (item.get("revoked").bool() || isExpired(item) || !accountId.toString().equals(item.get("accountId").s())) {
                dead.add(family);
                continue;
            }
            live.add(new StoredSession(family, instant(item, "createdAt"), instant(item, "lastUsedAt"),
                    text(item, "userAgent"), text(item, "address")));
        }
        Set<String> found = new HashSet<>(live.stream().map(StoredSession::familyId).toList());
        found.addAll(dead);
        index.get("families").ss().stream().filter(f -> !found.contains(f)).forEach(dead::add);
        if (!dead.isEmpty()) {
            // tidy the index: revoked and expired families need not be read again
            dynamo.updateItem(r -> r.tableName(table).key(key(accountIndexId(accountId)))
                    .updateExpression("DELETE families :dead")
                    .expressionAttributeValues(Map.of(":dead", AttributeValue.fromSs(dead))));
        }
        live.sort(Comparator.comparing(StoredSession::lastUsedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return live;
    }

    private static Instant instant(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : Instant.ofEpochMilli(Long.parseLong(value.n()));
    }

    private static String text(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    /** Retires the presented token and issues its successor, or reports why it cannot. */
    public Uni<Rotation> rotate(String token) {
        return blocking.run(() -> rotateNow(token));
    }

    /** Revokes the family of the presented token (logout) and returns its id; unknown tokens are ignored. */
    public Uni<Optional<String>> revoke(String token) {
        return blocking.run(() -> {
            Optional<String> family = tokenItem(token).map(item -> item.get("family").s());
            family.ifPresent(this::revokeFamily);
            return family;
        });
    }

    private Rotation rotateNow(String token) {
        Optional<Map<String, AttributeValue>> found = tokenItem(token);
        if (found.isEmpty() || isExpired(found.get())) {
            return new Rotation.Rejected();
        }
        Map<String, AttributeValue> item = found.get();
        String family = item.get("family").s();
        if (item.containsKey("rotatedAt")) {
            revokeFamily(family);
            return new Rotation.Reused();
        }
        Map<String, AttributeValue> familyItem = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(key(familyId(family)))).item();
        if (familyItem == null || familyItem.isEmpty() || familyItem.get("revoked").bool() || isExpired(familyItem)) {
            return new Rotation.Rejected();
        }
        try {
            dynamo.updateItem(r -> r.tableName(table).key(key(tokenId(token)))
                    .updateExpression("SET rotatedAt = :now")
                    .conditionExpression("attribute_not_exists(rotatedAt)")
                    .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(Long.toString(clock.millis())))));
        } catch (ConditionalCheckFailedException raced) {
            revokeFamily(family);
            return new Rotation.Reused();
        }
        dynamo.updateItem(r -> r.tableName(table).key(key(familyId(family)))
                .updateExpression("SET lastUsedAt = :now")
                .expressionAttributeValues(Map.of(":now", AttributeValue.fromN(Long.toString(clock.millis())))));
        UUID accountId = UUID.fromString(item.get("accountId").s());
        return new Rotation.Rotated(accountId, Integer.parseInt(familyItem.get("sessionVersion").n()), family,
                newToken(family, accountId));
    }

    private String newToken(String family, UUID accountId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        dynamo.putItem(r -> r.tableName(table).item(Map.of(
                DynamoTable.KEY, AttributeValue.fromS(tokenId(token)),
                "family", AttributeValue.fromS(family),
                "accountId", AttributeValue.fromS(accountId.toString()),
                DynamoTable.TTL, AttributeValue.fromN(Long.toString(expiry())))));
        return token;
    }

    private Optional<Map<String, AttributeValue>> tokenItem(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(key(tokenId(token)))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    private void revokeFamily(String family) {
        try {
            dynamo.updateItem(r -> r.tableName(table).key(key(familyId(family)))
                    .updateExpression("SET revoked = :yes")
                    .conditionExpression("attribute_exists(id)")
                    .expressionAttributeValues(Map.of(":yes", AttributeValue.fromBool(true))));
        } catch (ConditionalCheckFailedException alreadyExpired) {
            // the family is gone already: nothing left to revoke
        }
    }

    private boolean isExpired(Map<String, AttributeValue> item) {
        return Long.parseLong(item.get(DynamoTable.TTL).n()) <= clock.instant().getEpochSecond();
    }

    private long expiry() {
        return clock.instant().plus(config.refreshTokenTtl()).getEpochSecond();
    }

    private static Map<String, AttributeValue> key(String id) {
        return Map.of(DynamoTable.KEY, AttributeValue.fromS(id));
    }

    private static String familyId(String family) {
        return "family#" + family;
    }

    private static String accountIndexId(UUID accountId) {
        return "account#" + accountId;
    }

    private static String tokenId(String token) {
        return "token#" + Sha256.hex(token);
    }
}
