package io.bazaar.identity.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
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
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/**
 * Six-digit one-time codes in DynamoDB, one live code per account and purpose. Only a hash is stored; every wrong
 * try is counted with a conditional update, so the limit holds however many requests race. Expiry is checked here:
 * DynamoDB's TTL only cleans up, and may do so days late.
 */
@ApplicationScoped
public class VerificationCodes {

    static final DynamoTable TABLE = new DynamoTable("verification-codes");

    private final SecureRandom random = new SecureRandom();
    private final DynamoDbClient dynamo;
    private final BlockingCalls blocking;
    private final IdentityConfig config;
    private final Clock clock;
    private final String table;

    VerificationCodes(DynamoDbClient dynamo, BlockingCalls blocking, IdentityConfig config, Clock clock, AwsConfig aws) {
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

    /** Creates a new code, replacing any earlier one, and returns it in clear for delivery. */
    public Uni<String> issue(CodePurpose purpose, UUID accountId) {
        return issue(purpose, accountId, null);
    }

    /**
     * A code that proves control of one address (a new email or phone): it is accepted only together with that
     * address, so a code sent to an address one owns cannot confirm another.
     */
    public Uni<String> issue(CodePurpose purpose, UUID accountId, String boundToOrNull) {
        String code = String.format("%06d", random.nextInt(1_000_000));
        long expiresAt = clock.instant().plus(config.codeTtl()).getEpochSecond();
        return blocking.run(() -> {
            dynamo.putItem(r -> r.tableName(table).item(Map.of(
                    DynamoTable.KEY, AttributeValue.fromS(id(purpose, accountId)),
                    "codeHash", AttributeValue.fromS(hash(purpose, accountId, boundToOrNull, code)),
                    "attempts", AttributeValue.fromN("0"),
                    DynamoTable.TTL, AttributeValue.fromN(Long.toString(expiresAt)))));
            return code;
        });
    }

    /** Checks a code; the right one is consumed, a wrong one costs a try. */
    public Uni<CodeCheck> check(CodePurpose purpose, UUID accountId, String code) {
        return check(purpose, accountId, null, code);
    }

    /** Checks a code issued for this address; with another address it is a wrong code. */
    public Uni<CodeCheck> check(CodePurpose purpose, UUID accountId, String boundToOrNull, String code) {
        return blocking.run(() -> checkNow(purpose, accountId, boundToOrNull, code));
    }

    private CodeCheck checkNow(CodePurpose purpose, UUID accountId, String boundToOrNull, String code) {
        Map<String, AttributeValue> key = Map.of(DynamoTable.KEY, AttributeValue.fromS(id(purpose, accountId)));
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(key).consistentRead(true)).item();
        if (item == null || item.isEmpty()) {
            return CodeCheck.NONE;
        }
        String storedHash = item.get("codeHash").s();
        if (Long.parseLong(item.get(DynamoTable.TTL).n()) <= clock.instant().getEpochSecond()
                || Integer.parseInt(item.get("attempts").n()) >= config.codeMaxAttempts()) {
            deleteIfUnchanged(key, storedHash);
            return CodeCheck.NONE;
        }
        if (MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                hash(purpose, accountId, boundToOrNull, code).getBytes(StandardCharsets.US_ASCII))) {
            return deleteIfUnchanged(key, storedHash) ? CodeCheck.ACCEPTED : CodeCheck.NONE;
        }
        try {
            int attempts = Integer.parseInt(dynamo.updateItem(r -> r.tableName(table).key(key)
                    .updateExpression("ADD attempts :one")
                    .conditionExpression("codeHash = :hash AND attempts < :max")
                    .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"),
                            ":hash", AttributeValue.fromS(storedHash),
                            ":max", AttributeValue.fromN(Integer.toString(config.codeMaxAttempts()))))
                    .returnValues(ReturnValue.UPDATED_NEW)).attributes().get("attempts").n());
            if (attempts >= config.codeMaxAttempts()) {
                deleteIfUnchanged(key, storedHash);
                return CodeCheck.BURNED;
            }
            return CodeCheck.WRONG;
        } catch (ConditionalCheckFailedException replacedOrBurned) {
            return CodeCheck.NONE;
        }
    }

    /** Deletes the code only if it is still the one we read, so a freshly issued code is never lost. */
    private boolean deleteIfUnchanged(Map<String, AttributeValue> key, String storedHash) {
        try {
            dynamo.deleteItem(r -> r.tableName(table).key(key).conditionExpression("codeHash = :hash")
                    .expressionAttributeValues(Map.of(":hash", AttributeValue.fromS(storedHash))));
            return true;
        } catch (ConditionalCheckFailedException gone) {
            return false;
        }
    }

    private static String id(CodePurpose purpose, UUID accountId) {
        return purpose.name() + "#" + accountId;
    }

    private static String hash(CodePurpose purpose, UUID accountId, String boundToOrNull, String code) {
        String bound = boundToOrNull == null ? "" : boundToOrNull + ":";
        return Sha256.hex(purpose.name() + ":" + accountId + ":" + bound + code);
    }
}
