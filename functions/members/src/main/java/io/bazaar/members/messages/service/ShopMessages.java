package io.bazaar.members.messages.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.identity.contract.AccountCard;
import io.bazaar.identity.contract.AccountDirectory;
import io.bazaar.identity.contract.ShopDirectory;
import io.bazaar.members.messages.repository.MessageRepository;
import io.bazaar.members.messages.repository.ThreadRepository;
import io.bazaar.members.messages.rest.NewMessageRequest;
import io.bazaar.members.messages.rest.ShopThreadPage;
import io.bazaar.members.messages.rest.ShopThreadSummaryView;
import io.bazaar.members.messages.rest.ShopThreadView;
import io.bazaar.members.messages.rest.StaffMessageView;
import io.bazaar.platform.crypto.Sha256;
import io.bazaar.platform.idempotency.IdempotentRequests;
import io.bazaar.platform.idempotency.IdempotentResult;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The shop's side of customer messages, for its staff with the {@code messages} permission: the threads (unanswered
 * first, filtered, keyset paged, customers masked), reading (for the whole shop), replying (the shopper is told) and
 * deleting a message (soft: the text stays the shop's record, the shopper sees that a message was deleted; the
 * platform's staff audit filter logs who did it). Another shop's thread is not found.
 */
@ApplicationScoped
public class ShopMessages {

    private final ThreadRepository threads;
    private final MessageRepository messages;
    private final MessageAttachments attachments;
    private final Conversations conversations;
    private final MessageNotices notices;
    private final MessageLimits limits;
    private final ShopDirectory shops;
    private final AccountDirectory accounts;
    private final IdempotentRequests idempotent;
    private final Pool pool;
    private final MessagesConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    ShopMessages(ThreadRepository threads, MessageRepository messages, MessageAttachments attachments,
            Conversations conversations, MessageNotices notices, MessageLimits limits, ShopDirectory shops,
            AccountDirectory accounts, IdempotentRequests idempotent, Pool pool, MessagesConfig config, ObjectMapper json,
            Clock clock) {
        this.threads = threads;
        this.messages = messages;
        this.attachments = attachments;
        this.conversations = conversations;
        this.notices = notices;
        this.limits = limits;
        this.shops = shops;
        this.accounts = accounts;
        this.idempotent = idempotent;
        this.pool = pool;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /** Up to {@code limit} threads after the cursor (null: the first page), unanswered first, then newest activity. */
    public Uni<ShopThreadPage> list(UUID merchantId, ShopThreadFilter filter, ThreadCursor after, int limit) {
        return threads.ofShop(merchantId, filter, after, limit + 1).chain(found -> {
            List<ListedThread> page = found.size() > limit ? found.subList(0, limit) : found;
            String next = found.size() > limit ? ThreadCursor.after(page.get(page.size() - 1).thread()).encode() : null;
            return accounts.findAll(pool, page.stream().map(l -> l.thread().accountId()).distinct().toList())
                    .map((Map<UUID, AccountCard> cards) -> new ShopThreadPage(page.stream().map(l -> ShopThreadSummaryView
                            .of(l, MaskedCustomer.of(cards.get(l.thread().accountId())))).toList(), next));
        });
    }

    /** The thread with its messages; the customer's messages so far count as read for the shop. */
    public Uni<ShopThreadView> read(UUID merchantId, UUID threadId) {
        return ours(merchantId, threadId).call(() -> threads.markRead(threadId, Side.STAFF))
                .chain(conversations::forShop).map(ShopThreadView::of);
    }

    /** A staff reply; the shopper is told in the inbox, and by e-mail or SMS for the first reply they have not seen. */
    public Uni<IdempotentResult> reply(UUID merchantId, UUID staffId, UUID threadId, String key, NewMessageRequest request) {
        conversations.checkDraft(request.body(), request.attachmentIds());
        String hash = Sha256.hex(threadId + "\n" + write(request));
        String scope = "message-reply#" + staffId + "#" + threadId + "#" + key;
        return idempotent.once(scope, hash, config.idempotencyTtl(), committed -> ours(merchantId, threadId)
                .call(() -> limits.staffReply(staffId))
                .chain(() -> add(merchantId, staffId, threadId, request))
                .invoke(() -> committed.set(true))
                .chain(message -> attachments.of(List.of(message.id()))
                        .map(images -> write(StaffMessageView.of(message, images)))));
    }

    /** Deletes a message of the thread (soft; again: no change); the thread awaits an answer by what is left. */
    public Uni<Void> delete(UUID merchantId, UUID staffId, UUID threadId, long messageId) {
        Instant now = clock.instant();
        return ours(merchantId, threadId).chain(() -> pool.withTransaction(tx -> messages.find(tx, threadId, messageId)
                .chain(message -> {
                    if (message == null) {
                        throw ProblemException.notFound("message-not-found", "This conversation has no such message.");
                    }
                    if (message.deleted()) {
                        return Uni.createFrom().voidItem();
                    }
                    return messages.softDelete(tx, messageId, staffId, now).chain(() -> threads.recomputeAwaiting(tx, threadId));
                })));
    }

    /** Threads of the shop with customer messages its staff have not seen. */
    public Uni<Long> unread(UUID merchantId) {
        return threads.unreadThreadsOfShop(merchantId);
    }

    private Uni<ThreadMessage> add(UUID merchantId, UUID staffId, UUID threadId, NewMessageRequest request) {
        Instant now = clock.instant();
        return pool.withTransaction(tx -> threads.lock(tx, threadId).chain(thread -> messages
                .hasUnread(tx, threadId, Side.SHOPPER, thread.shopperReadUpTo())
                .chain(hadUnread -> messages.insert(tx, threadId, Side.STAFF, staffId, request.body(), now)
                        .call(message -> attachments.attach(tx, staffId, message.id(), request.attachmentIds()))
                        .call(message -> threads.messageAdded(tx, threadId, Side.STAFF, message.id(), now))
                        .call(() -> shops.names(tx, List.of(merchantId)).chain(names -> notices.staffReplied(tx, thread,
                                names.get(merchantId), !hadUnread, now))))));
    }

    private Uni<MessageThread> ours(UUID merchantId, UUID threadId) {
        return threads.find(threadId).map(thread -> {
            if (thread == null || !thread.merchantId().equals(merchantId)) {
                throw ProblemException.notFound("thread-not-found", "Your shop has no such conversation.");
            }
            return thread;
        });
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
