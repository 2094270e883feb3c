package io.bazaar.members.messages.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.members.messages.service.ListedThread;
import io.bazaar.members.messages.service.MessageThread;
import io.bazaar.members.messages.service.ShopThreadFilter;
import io.bazaar.members.messages.service.Side;
import io.bazaar.members.messages.service.ThreadCursor;
import io.bazaar.members.messages.service.ThreadMessage;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of message_threads, and the thread lists of shoppers and shops with their unread counts and newest message. */
@ApplicationScoped
public class ThreadRepository {

    private static final String COLUMNS = "t.id, t.account_id, t.merchant_id, t.product_id, t.product_name, t.order_number, "
            + "t.created_at, t.last_message_at, t.awaiting_reply, t.shopper_read_up_to, t.shop_read_up_to";

    // the newest message of each thread, and the messages of the other side the reader has not seen (deleted ones
    // never count)
    private static final String LISTED = "select " + COLUMNS + ", l.id as last_id, l.author_side as last_side, "
            + "l.staff_account_id as last_staff, l.body as last_body, l.created_at as last_created_at, "
            + "l.deleted_at as last_deleted_at, l.deleted_by as last_deleted_by, "
            + "(select count(*) from messages u where u.thread_id = t.id and u.deleted_at is null and %s) as unread "
            + "from message_threads t left join lateral (select * from messages m where m.thread_id = t.id "
            + "order by m.id desc limit 1) l on true ";
    private static final String SHOPPER_UNREAD = "u.author_side = 'STAFF' and u.id > t.shopper_read_up_to";
    private static final String SHOP_UNREAD = "u.author_side = 'SHOPPER' and u.id > t.shop_read_up_to";

    private final Pool pool;

    ThreadRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> insert(SqlClient tx, MessageThread t) {
        return tx.preparedQuery("insert into message_threads (id, account_id, merchant_id, product_id, product_name, "
                + "order_number, created_at, last_message_at, awaiting_reply) values ($1, $2, $3, $4, $5, $6, $7, $7, true)")
                .execute(Tuple.from(Arrays.asList(t.id(), t.accountId(), t.merchantId(), t.productId(), t.productName(),
                        t.orderNumber(), t.createdAt().atOffset(ZoneOffset.UTC))))
                .replaceWithVoid();
    }

    public Uni<MessageThread> find(UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from message_threads t where t.id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : thread(rows.iterator().next()));
    }

    /** The thread, locked for the transaction (messages of one thread take turns); null when there is none. */
    public Uni<MessageThread> lock(SqlClient tx, UUID id) {
        return tx.preparedQuery("select " + COLUMNS + " from message_threads t where t.id = $1 for update")
                .execute(Tuple.of(id)).map(rows -> rows.size() == 0 ? null : thread(rows.iterator().next()));
    }

    /** After a new message by {@code side}: the thread's activity time, whether it awaits a reply, the author's read state. */
    public Uni<Void> messageAdded(SqlClient tx, UUID threadId, Side side, long messageId, Instant at) {
        String read = side == Side.SHOPPER ? "shopper_read_up_to" : "shop_read_up_to";
        return tx.preparedQuery("update message_threads set last_message_at = $2, awaiting_reply = $3, " + read
                + " = greatest(" + read + ", $4) where id = $1")
                .execute(Tuple.of(threadId, at.atOffset(ZoneOffset.UTC), side == Side.SHOPPER, messageId))
                .replaceWithVoid();
    }

    /** Whether the thread awaits a reply again, from its newest message not deleted (after a deletion). */
    public Uni<Void> recomputeAwaiting(SqlClient tx, UUID threadId) {
        return tx.preparedQuery("update message_threads t set awaiting_reply = coalesce((select m.author_side = 'SHOPPER' "
                + "from messages m where m.thread_id = t.id and m.deleted_at is null order by m.id desc limit 1), false) "
                + "where t.id = $1").execute(Tuple.of(threadId)).replaceWithVoid();
    }

    /** The side has seen every message of the thread so far. */
    public Uni<Void> markRead(UUID threadId, Side side) {
        String read = side == Side.SHOPPER ? "shopper_read_up_to" : "shop_read_up_to";
        return pool.preparedQuery("update message_threads t set " + read + " = greatest(" + read
                + ", coalesce((select max(m.id) from messages m where m.thread_id = t.id), 0)) where t.id = $1")
                .execute(Tuple.of(threadId)).replaceWithVoid();
    }

    /** The shopper's threads, most recent activity first, with the staff messages they have not seen. */
    public Uni<List<ListedThread>> ofShopper(UUID accountId, int limit, int offset) {
        return pool.preparedQuery(LISTED.formatted(SHOPPER_UNREAD)
                + "where t.account_id = $1 order by t.last_message_at desc, t.id limit $2 offset $3")
                .execute(Tuple.of(accountId, limit, offset)).map(rows -> {
                    List<ListedThread> list = new ArrayList<>();
                    rows.forEach(row -> list.add(listed(row)));
                    return list;
                });
    }

    public Uni<Long> countOfShopper(UUID accountId) {
        return pool.preparedQuery("select count(*) from message_threads where account_id = $1").execute(Tuple.of(accountId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Staff messages the shopper has not seen, over all their threads (not deleted ones). */
    public Uni<Long> unreadOfShopper(UUID accountId) {
        return pool.preparedQuery("select count(*) from messages m join message_threads t on t.id = m.thread_id "
                + "where t.account_id = $1 and m.author_side = 'STAFF' and m.deleted_at is null and m.id > t.shopper_read_up_to")
                .execute(Tuple.of(accountId)).map(rows -> rows.iterator().next().getLong(0));
    }

    /** Threads of the shop with shopper messages its staff have not seen. */
    public Uni<Long> unreadThreadsOfShop(UUID merchantId) {
        return pool.preparedQuery("select count(*) from message_threads t where t.merchant_id = $1 and exists (select 1 "
                + "from messages m where m.thread_id = t.id and m.author_side = 'SHOPPER' and m.deleted_at is null "
                + "and m.id > t.shop_read_up_to)").execute(Tuple.of(merchantId)).map(rows -> rows.iterator().next().getLong(0));
    }

    /** Up to {@code limit} of the shop's threads after the cursor (null: from the start): unanswered first, then newest. */
    public Uni<List<ListedThread>> ofShop(UUID merchantId, ShopThreadFilter filter, ThreadCursor after, int limit) {
        StringBuilder where = new StringBuilder("where t.merchant_id = $1");
        List<Object> args = new ArrayList<>(List.of(merchantId));
        if (filter.productIdOrNull() != null) {
            args.add(filter.productIdOrNull());
            where.append(" and t.product_id = $").append(args.size());
        }
        if (filter.orderNumberOrNull() != null) {
            args.add(filter.orderNumberOrNull());
            where.append(" and t.order_number = $").append(args.size());
        }
        if (filter.fromOrNull() != null) {
            args.add(filter.fromOrNull().atOffset(ZoneOffset.UTC));
            where.append(" and t.last_message_at >= $").append(args.size());
        }
        if (filter.untilOrNull() != null) {
            args.add(filter.untilOrNull().atOffset(ZoneOffset.UTC));
            where.append(" and t.last_message_at < $").append(args.size());
        }
        if (filter.unreadOnly()) {
            where.append(" and exists (select 1 from messages u where u.thread_id = t.id and u.deleted_at is null and ")
                    .append(SHOP_UNREAD).append(")");
        }
        if (after != null) {
            args.add(after.awaitingReply());
            args.add(after.lastMessageAt().atOffset(ZoneOffset.UTC));
            args.add(after.id());
            int n = args.size();
            where.append(" and (t.awaiting_reply, t.last_message_at, t.id) < ($").append(n - 2).append(", $")
                    .append(n - 1).append(", $").append(n).append(")");
        }
        args.add(limit);
        return pool.preparedQuery(LISTED.formatted(SHOP_UNREAD) + where
                + " order by t.awaiting_reply desc, t.last_message_at desc, t.id desc limit $" + args.size())
                .execute(Tuple.from(args)).map(rows -> {
                    List<ListedThread> list = new ArrayList<>();
                    rows.forEach(row -> list.add(listed(row)));
                    return list;
                });
    }

    private static ListedThread listed(Row row) {
        ThreadMessage last = null;
        Long lastId = row.getLong("last_id");
        if (lastId != null) {
            OffsetDateTime deleted = row.getOffsetDateTime("last_deleted_at");
            last = new ThreadMessage(lastId, row.getUUID("id"), Side.valueOf(row.getString("last_side")),
                    row.getUUID("last_staff"), row.getString("last_body"), row.getOffsetDateTime("last_created_at").toInstant(),
                    deleted == null ? null : deleted.toInstant(), row.getUUID("last_deleted_by"));
        }
        return new ListedThread(thread(row), last, row.getLong("unread"));
    }

    static MessageThread thread(Row row) {
        return new MessageThread(row.getUUID("id"), row.getUUID("account_id"), row.getUUID("merchant_id"),
                row.getUUID("product_id"), row.getString("product_name"), row.getString("order_number"),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("last_message_at").toInstant(),
                row.getBoolean("awaiting_reply"), row.getLong("shopper_read_up_to"), row.getLong("shop_read_up_to"));
    }
}
