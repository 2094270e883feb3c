package io.bazaar.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.platform.aws.DynamoTable;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Sign-in sessions that ended before their access tokens expired (sign-out, sign-out of all others, password change
 * or reset, account deletion), by session id (the tokens' {@code sid} claim). Identity writes an item when it ends a
 * session; every area's {@link EndedSessionCheck} reads it, so such a token is refused at once everywhere. An item
 * is needed only while a token of the session may still be unexpired, so it expires (TTL) after one access-token
 * lifetime. See docs/decisions/sessions.md.
 */
@ApplicationScoped
public class EndedSessions {

    public static final DynamoTable TABLE = new DynamoTable("ended-sessions");
    private static final int MAX_BATCH = 25;

    private final DynamoDbClient dynamo;
    private final BlockingCalls blocking;
    private final Clock clock;
    private final Duration accessTokenTtl;
    private final String table;

    EndedSessions(DynamoDbClient dynamo, BlockingCalls blocking, Clock clock, AwsConfig aws,
            @ConfigProperty(name = "bazaar.identity.access-token-ttl", defaultValue = "PT15M") Duration accessTokenTtl) {
        this.dynamo = dynamo;
        this.blocking = blocking;
        this.clock = clock;
        this.accessTokenTtl = accessTokenTtl;
        this.table = TABLE.fullName(aws);
    }

    @Produces
    static DynamoTable table() {
        return TABLE;
    }

    /** Records the sessions as ended; their tokens are refused from the moment this completes. */
    public Uni<Void> end(Collection<String> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // a minute of slack over the token lifetime: clocks of the areas may differ a little from identity's
        long expiresAt = clock.instant().plus(accessTokenTtl).plusSeconds(60).getEpochSecond();
        long endedAt = clock.instant().getEpochSecond();
        return blocking.run(() -> {
            List<WriteRequest> writes = new ArrayList<>();
            for (String sid : sessionIds) {
                writes.add(WriteRequest.builder().putRequest(PutRequest.builder().item(Map.of(
                        DynamoTable.KEY, AttributeValue.fromS(sid),
                        "endedAt", AttributeValue.fromN(Long.toString(endedAt)),
                        DynamoTable.TTL, AttributeValue.fromN(Long.toString(expiresAt)))).build()).build());
            }
            for (int from = 0; from < writes.size(); from += MAX_BATCH) {
                Map<String, List<WriteRequest>> pending = Map.of(table,
                        writes.subList(from, Math.min(from + MAX_BATCH, writes.size())));
                while (!pending.isEmpty()) {
                    Map<String, List<WriteRequest>> asked = pending;
                    pending = dynamo.batchWriteItem(r -> r.requestItems(asked)).unprocessedItems();
                }
            }
        });
    }

    /** Whether the session has ended; one strongly consistent GetItem. */
    public Uni<Boolean> isEnded(String sessionId) {
        return blocking.run(() -> {
            Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                    .key(Map.of(DynamoTable.KEY, AttributeValue.fromS(sessionId)))).item();
            return item != null && !item.isEmpty();
        });
    }
}
