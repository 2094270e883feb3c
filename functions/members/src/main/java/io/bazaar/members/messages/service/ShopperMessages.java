package io.bazaar.members.messages.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.catalog.contract.ProductCard;
import io.bazaar.catalog.contract.ProductCards;
import io.bazaar.identity.contract.ShopDirectory;
import io.bazaar.members.messages.repository.MessageRepository;
import io.bazaar.members.messages.repository.ThreadRepository;
import io.bazaar.members.messages.rest.MessageView;
import io.bazaar.members.messages.rest.MyThreadSummaryView;
import io.bazaar.members.messages.rest.MyThreadView;
import io.bazaar.members.messages.rest.NewMessageRequest;
import io.bazaar.members.messages.rest.NewThreadRequest;
import io.bazaar.orders.contract.CustomerOrder;
import io.bazaar.orders.contract.CustomerOrders;
import io.bazaar.platform.crypto.Sha256;
import io.bazaar.platform.idempotency.IdempotentRequests;
import io.bazaar.platform.idempotency.IdempotentResult;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The shopper's side of customer messages: starting a thread with a shop (about one of its products, which must be for
 * sale, or one of the shopper's orders from it, checked through the catalog and orders contracts), writing more,
 * reading (which marks the shop's replies read). Someone else's thread is not found, as everywhere. New threads and
 * messages are rate limited and run once per Idempotency-Key.
 */
@ApplicationScoped
public class ShopperMessages {

    private final ThreadRepository threads;
    private final MessageRepository messages;
    private final MessageAttachments attachments;
    private final Conversations conversations;
    private final MessageNotices notices;
    private final MessageLimits limits;
    private final ProductCards products;
    private final CustomerOrders orders;
    private final ShopDirectory shops;
    private final IdempotentRequests idempotent;
    private final Pool pool;
    private final MessagesConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    ShopperMessages(ThreadRepository threads, MessageRepository messages, MessageAttachments attachments,
            Conversations conversations, MessageNotices notices, MessageLimits limits, ProductCards products,
            CustomerOrders orders, ShopDirectory shops, IdempotentRequests idempotent, Pool pool, MessagesConfig config,
            ObjectMapper json, Clock clock) {
        this.threads = threads;
        this.messages = messages;
        this.attachments = attachments;
        this.conversations = conversations;
        this.notices = notices;
        this.limits = limits;
        this.products = products;
        this.orders = orders;
        this.shops = shops;
        this.idempotent = idempotent;
        this.pool = pool;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /** What a new thread is about, as checked. */
    private record Subject(UUID productId, String productName, String orderNumber) {
    }

    /** A new thread with its first message; the shop's staff are told. Answers the thread (201). */
    public Uni<IdempotentResult> start(UUID accountId, String key, NewThreadRequest request) {
        conversations.checkDraft(request.body(), request.attachmentIds());
        String orderNumber = request.orderNumber() == null || request.orderNumber().isBlank() ? null
                : request.orderNumber().strip();
        if (request.productId() != null && orderNumber != null) {
            throw ProblemException.invalid(new FieldError("orderNumber", "name a product or an order, not both"));
        }
        String hash = Sha256.hex(write(request));
        String scope = "message-thread#" + accountId + "#" + key;
        return idempotent.once(scope, hash, config.idempotencyTtl(), committed -> subject(accountId, request.merchantId(),
                request.productId(), orderNumber)
                .call(() -> limits.newThread(accountId, request.merchantId()))
                .chain(subject -> create(accountId, request, subject))
                .invoke(() -> committed.set(true))
                .chain(threads::find).chain(conversations::forShopper).map(c -> write(MyThreadView.of(c))));
    }

    /** One more message of the shopper in their thread; the staff are told when it now awaits an answer. */
    public Uni<IdempotentResult> post(UUID accountId, UUID threadId, String key, NewMessageRequest request) {
        conversations.checkDraft(request.body(), request.attachmentIds());
        String hash = Sha256.hex(threadId + "\n" + write(request));
        String scope = "message#" + accountId + "#" + threadId + "#" + key;
        return idempotent.once(scope, hash, config.idempotencyTtl(), committed -> mine(accountId, threadId)
                .call(thread -> limits.shopperMessage(accountId, thread.merchantId()))
                .chain(thread -> add(accountId, threadId, request))
                .invoke(() -> committed.set(true))
                .chain(message -> attachments.of(List.of(message.id())).map(images -> write(MessageView.of(message, images)))));
    }

    /** The thread with its messages; the shop's replies so far count as read. */
    public Uni<MyThreadView> read(UUID accountId, UUID threadId) {
        return mine(accountId, threadId).call(() -> threads.markRead(threadId, Side.SHOPPER))
                .chain(conversations::forShopper).map(MyThreadView::of);
    }

    /** The shopper's threads, most recent activity first, with their shops' names. */
    public Uni<Page<MyThreadSummaryView>> list(UUID accountId, PageRequest page) {
        return threads.countOfShopper(accountId).chain(total -> threads.ofShopper(accountId, page.size(), page.offset())
                .chain(list -> shops.names(pool, list.stream().map(l -> l.thread().merchantId()).distinct().toList())
                        .map(names -> Page.of(list.stream()
                                .map(l -> MyThreadSummaryView.of(l, names.get(l.thread().merchantId()))).toList(), page, total))));
    }

    /** Replies of shops the shopper has not seen, over all their threads. */
    public Uni<Long> unread(UUID accountId) {
        return threads.unreadOfShopper(accountId);
    }

    private Uni<UUID> create(UUID accountId, NewThreadRequest request, Subject subject) {
        Instant now = clock.instant();
        MessageThread thread = new MessageThread(UUID.randomUUID(), accountId, request.merchantId(), subject.productId(),
                subject.productName(), subject.orderNumber(), now, now, true, 0, 0);
        return pool.withTransaction(tx -> threads.insert(tx, thread)
                .chain(() -> messages.insert(tx, thread.id(), Side.SHOPPER, null, request.body(), now))
                .call(message -> attachments.attach(tx, accountId, message.id(), request.attachmentIds()))
                .call(message -> threads.messageAdded(tx, thread.id(), Side.SHOPPER, message.id(), now))
                .call(() -> notices.shopperWrote(tx, thread, now))
                .replaceWith(thread.id()));
    }

    private Uni<ThreadMessage> add(UUID accountId, UUID threadId, NewMessageRequest request) {
        Instant now = clock.instant();
        return pool.withTransaction(tx -> threads.lock(tx, threadId).chain(thread -> messages
                .insert(tx, threadId, Side.SHOPPER, null, request.body(), now)
                .call(message -> attachments.attach(tx, accountId, message.id(), request.attachmentIds()))
                .call(message -> threads.messageAdded(tx, threadId, Side.SHOPPER, message.id(), now))
                .call(() -> thread.awaitingReply() ? Uni.createFrom().voidItem() : notices.shopperWrote(tx, thread, now))));
    }

    private Uni<MessageThread> mine(UUID accountId, UUID threadId) {
        return threads.find(threadId).map(thread -> {
            if (thread == null || !thread.accountId().equals(accountId)) {
                throw ProblemException.notFound("thread-not-found", "You have no such conversation.");
            }
            return thread;
        });
    }

    /** The shop must exist; a product must be the shop's and for sale; an order the shopper's own from that shop. */
    private Uni<Subject> subject(UUID accountId, UUID merchantId, UUID productId, String orderNumber) {
        Uni<Map<UUID, String>> shop = shops.names(pool, List.of(merchantId)).invoke(names -> {
            if (!names.containsKey(merchantId)) {
                throw ProblemException.notFound("shop-not-found", "There is no such shop.");
            }
        });
        if (productId != null) {
            return shop.chain(() -> products.find(List.of(productId))).map(cards -> {
                ProductCard card = cards.get(productId);
                if (card == null || !card.visible()) {
                    throw ProblemException.notFound("product-not-found", "There is no such product for sale.");
                }
                if (!card.merchantId().equals(merchantId)) {
                    throw ProblemException.unprocessable("product-of-another-shop", "That product is sold by another shop.");
                }
                return new Subject(productId, card.name().length() > 200 ? card.name().substring(0, 200) : card.name(), null);
            });
        }
        if (orderNumber != null) {
            return shop.chain(() -> orders.find(pool, accountId, orderNumber)).map(found -> {
                CustomerOrder order = found.orElseThrow(() -> ProblemException.notFound("order-not-found",
                        "You have no order " + orderNumber + "."));
                if (!order.merchantId().equals(merchantId)) {
                    throw ProblemException.unprocessable("order-of-another-shop", "Order " + orderNumber
                            + " is from another shop.");
                }
                return new Subject(null, null, order.number());
            });
        }
        return shop.replaceWith(new Subject(null, null, null));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
