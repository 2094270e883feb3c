package io.bazaar.platform.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.aws.BlockingCalls;
import io.bazaar.platform.aws.DynamoTable;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The staff audit log, one stored format written and read here only: the {@code staff-audit} table holds a merchant's
 * entries under the partition key {@code id} = merchant id, sorted by {@code sk} = the time (fixed-width UTC, to the
 * microsecond, so text order is time order) and the request id (unique per request). Every area writes through
 * {@link StaffAuditFilter}; identity reads it for the owner (GET /api/merchant/audit). Entries expire after
 * {@link AuditConfig#retention()}. See docs/decisions/staff-audit.md.
 */
@ApplicationScoped
public class StaffAuditLog {

    public static final DynamoTable TABLE = new DynamoTable("staff-audit", true);
    /** Most DynamoDB queries one page may take when a staff filter leaves few entries per query. */
    static final int MAX_ROUNDS = 10;
    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern SORT_KEY = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z#[A-Za-z0-9._:-]{1,128}");

    private final DynamoDbClient dynamo;
    private final BlockingCalls blocking;
    private final AuditConfig config;
    private final Clock clock;
    private final String table;

    StaffAuditLog(DynamoDbClient dynamo, BlockingCalls blocking, AuditConfig config, Clock clock, AwsConfig aws) {
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

    /** Stores the entry (one PutItem); it can be read as soon as this completes. */
    public Uni<Void> record(AuditEntry entry) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(DynamoTable.KEY, AttributeValue.fromS(entry.merchantId().toString()));
        item.put(DynamoTable.SORT_KEY, AttributeValue.fromS(SORTABLE.format(entry.at()) + "#" + entry.requestId()));
        item.put("accountId", AttributeValue.fromS(entry.accountId().toString()));
        item.put("at", AttributeValue.fromS(entry.at().toString()));
        item.put("requestId", AttributeValue.fromS(entry.requestId()));
        item.put("method", AttributeValue.fromS(entry.method()));
        item.put("route", AttributeValue.fromS(entry.route()));
        item.put("operation", AttributeValue.fromS(entry.operation()));
        Map<String, AttributeValue> targets = new HashMap<>();
        entry.targets().forEach((name, value) -> targets.put(name, AttributeValue.fromS(value)));
        item.put("targets", AttributeValue.fromM(targets));
        item.put("status", AttributeValue.fromN(Integer.toString(entry.status())));
        item.put("clientAddress", AttributeValue.fromS(entry.clientAddress()));
        if (entry.userAgent() != null && !entry.userAgent().isEmpty()) {
            item.put("userAgent", AttributeValue.fromS(entry.userAgent()));
        }
        item.put(DynamoTable.TTL, AttributeValue.fromN(Long.toString(
                clock.instant().plus(config.retention()).getEpochSecond())));
        return blocking.run(() -> {
            dynamo.putItem(r -> r.tableName(table).item(item));
        });
    }

    /**
     * The merchant's entries, newest first, keyset-paged: a page goes on from the cursor of the one before, so entries
     * written meanwhile never shift it. With a staff filter a page may come back shorter than asked (at most
     * {@value #MAX_ROUNDS} queries are made for it) and still have a next cursor.
     */
    public Uni<AuditSlice> read(UUID merchantId, AuditQuery query) {
        Map<String, AttributeValue> start = query.cursorOrNull() == null ? null
                : Map.of(DynamoTable.KEY, AttributeValue.fromS(merchantId.toString()),
                        DynamoTable.SORT_KEY, AttributeValue.fromS(decode(query.cursorOrNull())));
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":m", AttributeValue.fromS(merchantId.toString()));
        StringBuilder condition = new StringBuilder("id = :m");
        if (query.fromOrNull() != null && query.untilOrNull() != null) {
            condition.append(" and sk between :lo and :hi");
        } else if (query.fromOrNull() != null) {
            condition.append(" and sk >= :lo");
        } else if (query.untilOrNull() != null) {
            condition.append(" and sk < :hi");
        }
        if (query.fromOrNull() != null) {
            values.put(":lo", AttributeValue.fromS(SORTABLE.format(query.fromOrNull())));
        }
        if (query.untilOrNull() != null) {
            // a bare time sorts before every key of that microsecond ("...Z" < "...Z#id"): 'until' is exclusive
            values.put(":hi", AttributeValue.fromS(SORTABLE.format(query.untilOrNull())));
        }
        String filter = null;
        if (query.accountIdOrNull() != null) {
            filter = "accountId = :a";
            values.put(":a", AttributeValue.fromS(query.accountIdOrNull().toString()));
        }
        String keyCondition = condition.toString();
        String filterExpression = filter;
        return blocking.run(() -> {
            List<Map<String, AttributeValue>> found = new ArrayList<>();
            Map<String, AttributeValue> from = start;
            int rounds = 0;
            do {
                QueryRequest.Builder request = QueryRequest.builder().tableName(table).keyConditionExpression(keyCondition)
                        .expressionAttributeValues(values).scanIndexForward(false).limit(query.size() + 1);
                if (filterExpression != null) {
                    request.filterExpression(filterExpression);
                }
                if (from != null) {
                    request.exclusiveStartKey(from);
                }
                QueryResponse response = dynamo.query(request.build());
                found.addAll(response.items());
                from = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                        ? response.lastEvaluatedKey() : null;
            } while (found.size() <= query.size() && from != null && ++rounds < MAX_ROUNDS);
            String next;
            if (found.size() > query.size()) {
                found = found.subList(0, query.size());
                next = encode(found.get(found.size() - 1).get(DynamoTable.SORT_KEY).s());
            } else {
                next = from == null ? null : encode(from.get(DynamoTable.SORT_KEY).s());
            }
            return new AuditSlice(found.stream().map(StaffAuditLog::entry).toList(), next);
        });
    }

    private static AuditEntry entry(Map<String, AttributeValue> item) {
        Map<String, String> targets = new LinkedHashMap<>();
        if (item.containsKey("targets")) {
            item.get("targets").m().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> targets.put(e.getKey(), e.getValue().s()));
        }
        AttributeValue agent = item.get("userAgent");
        return new AuditEntry(UUID.fromString(item.get(DynamoTable.KEY).s()), UUID.fromString(item.get("accountId").s()),
                Instant.parse(item.get("at").s()), item.get("requestId").s(), item.get("method").s(), item.get("route").s(),
                item.get("operation").s(), targets, Integer.parseInt(item.get("status").n()), item.get("clientAddress").s(),
                agent == null ? null : agent.s());
    }

    private static String encode(String sortKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            String sortKey = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (SORT_KEY.matcher(sortKey).matches()) {
                return sortKey;
            }
        } catch (IllegalArgumentException notBase64) {
            // answered below, as any other text that is not a cursor
        }
        throw ProblemException.invalid(new FieldError("cursor", "is not a cursor of this list"));
    }
}
