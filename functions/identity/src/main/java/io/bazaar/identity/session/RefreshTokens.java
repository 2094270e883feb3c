package io.bazaar.identity.session;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.bazaar.identity.IdentityConfig;
import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.aws.BlockingCalls;
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
 */
@ApplicationScoped
public class RefreshTokens {

    static final DynamoTable TABLE = new DynamoTable("refresh-tokens");

    /** Outcome of presenting a refresh token. */
    public sealed interface Rotation {
        /** The token was live: here is its successor. */
        record Rotated(UUID accountId, int sessionVersion, String nextToken) implements Rotation {
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

    /** Starts a new family (a login) and returns its first token. */
    public Uni<String> startFamily(UUID accountId, int sessionVersion) {
        return blocking.run(() -> {
            String family = UUID.randomUUID().toString();
            dynamo.putItem(r -> r.tableName(table).item(Map.of(
                    DynamoTable.KEY, AttributeValue.fromS(familyId(family)),
                    "accountId", AttributeValue.fromS(accountId.toString()),
                    "sessionVersion", AttributeValue.fromN(Integer.toString(sessionVersion)),
                    "revoked", AttributeValue.fromBool(false),
                    DynamoTable.TTL, AttributeValue.fromN(Long.toString(expiry())))));
            return newToken(family, accountId);
        });
    }

    /** Retires the presented token and issues its successor, or reports why it cannot. */
    public Uni<Rotation> rotate(String token) {
        return blocking.run(() -> rotateNow(token));
    }

    /** Revokes the family of the presented token (logout); unknown tokens are ignored. */
    public Uni<Void> revoke(String token) {
        return blocking.run(() -> {
            tokenItem(token).ifPresent(item -> revokeFamily(item.get("family").s()));
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
        UUID accountId = UUID.fromString(item.get("accountId").s());
        return new Rotation.Rotated(accountId, Integer.parseInt(familyItem.get("sessionVersion").n()),
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

    private static String tokenId(String token) {
        return "token#" + Sha256.hex(token);
    }
}
