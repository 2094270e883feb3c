package io.bazaar.identity.session;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.IdentityConfig;
import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.platform.aws.DynamoTable;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The allowance of failed logins per login and fixed window, in DynamoDB. A sign-in takes a try from it with one
 * conditional update before the password is checked, and gives the try back when the password was right: checking
 * first and counting after the password check would let parallel wrong passwords through beyond the limit.
 */
@ApplicationScoped
public class FailedLogins {

    /**
     * The platform's rate-limit table (declared by its RateLimiter, created by infra/ and the local bootstrap). Items
     * here carry their own prefix and attribute, so they never meet the RateLimiter's.
     */
    static final DynamoTable TABLE = new DynamoTable("rate-limits");
    static final String PREFIX = "identity-login-failures#";
    /** Wrong current passwords of a signed-in account (password change, deletion): an allowance of their own. */
    static final String CURRENT_PASSWORD_PREFIX = "identity-current-password-failures#";
    static final String FAILURES = "failures";

    /** A try taken from one window's allowance; giving it back goes to the same window, even after it ended. */
    public record Try(String itemId) {
    }

    private final DynamoDbClient dynamo;
    private final BlockingCalls blocking;
    private final Clock clock;
    private final String table;
    private final int limit;
    private final long windowMillis;

    FailedLogins(DynamoDbClient dynamo, BlockingCalls blocking, Clock clock, AwsConfig aws, IdentityConfig config) {
        this.dynamo = dynamo;
        this.blocking = blocking;
        this.clock = clock;
        this.table = TABLE.fullName(aws);
        this.limit = config.loginFailuresPerAccount();
        this.windowMillis = config.loginWindow().toMillis();
    }

    /** Takes a try for the login, or nothing when the window's tries are used up; atomic however many race. */
    public Uni<Optional<Try>> take(String login) {
        return take(PREFIX, login);
    }

    /** Takes a try of the account's current-password checks, as {@link #take(String)} does for a login. */
    public Uni<Optional<Try>> takeCurrentPassword(UUID accountId) {
        return take(CURRENT_PASSWORD_PREFIX, accountId.toString());
    }

    private Uni<Optional<Try>> take(String prefix, String key) {
        long windowStart = clock.millis() / windowMillis * windowMillis;
        String itemId = prefix + key + "#" + windowStart;
        long expiresAt = (windowStart + windowMillis) / 1000;
        return blocking.run(() -> {
            try {
                dynamo.updateItem(r -> r.tableName(table).key(key(itemId))
                        .updateExpression("ADD " + FAILURES + " :one SET " + DynamoTable.TTL + " = if_not_exists("
                                + DynamoTable.TTL + ", :expires)")
                        .conditionExpression("attribute_not_exists(" + FAILURES + ") OR " + FAILURES + " < :limit")
                        .expressionAttributeValues(Map.of(
                                ":one", AttributeValue.fromN("1"),
                                ":expires", AttributeValue.fromN(Long.toString(expiresAt)),
                                ":limit", AttributeValue.fromN(Integer.toString(limit)))));
                return Optional.of(new Try(itemId));
            } catch (ConditionalCheckFailedException usedUp) {
                return Optional.empty();
            }
        });
    }

    /** Gives a try back: the password was right, so it was no failure. */
    public Uni<Void> giveBack(Try taken) {
        return blocking.run(() -> {
            try {
                dynamo.updateItem(r -> r.tableName(table).key(key(taken.itemId()))
                        .updateExpression("ADD " + FAILURES + " :minusOne")
                        .conditionExpression(FAILURES + " > :zero")
                        .expressionAttributeValues(Map.of(
                                ":minusOne", AttributeValue.fromN("-1"),
                                ":zero", AttributeValue.fromN("0"))));
            } catch (ConditionalCheckFailedException expiredMeanwhile) {
                // the window's item is gone (TTL): nothing left to give back to
            }
        });
    }

    private static Map<String, AttributeValue> key(String itemId) {
        return Map.of(DynamoTable.KEY, AttributeValue.fromS(itemId));
    }
}
