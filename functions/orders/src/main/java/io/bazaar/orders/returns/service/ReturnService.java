package io.bazaar.orders.returns.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.members.contract.InboxKind;
import io.bazaar.members.contract.InboxMessage;
import io.bazaar.orders.OrdersConfig;
import io.bazaar.orders.notification.service.NotificationKind;
import io.bazaar.orders.notification.service.NotificationOutbox;
import io.bazaar.orders.order.repository.OrderRepository;
import io.bazaar.orders.order.service.OrderLine;
import io.bazaar.orders.order.service.OrderStatus;
import io.bazaar.orders.refund.repository.RefundRepository;
import io.bazaar.orders.refund.rest.RefundRequest;
import io.bazaar.orders.refund.rest.RefundView;
import io.bazaar.orders.refund.service.RefundService;
import io.bazaar.orders.returns.repository.ReturnRepository;
import io.bazaar.orders.returns.repository.ReturnRepository.Changes;
import io.bazaar.orders.returns.rest.NewReturnRequest;
import io.bazaar.orders.returns.rest.ReceiveRequest;
import io.bazaar.orders.returns.rest.ReturnView;
import io.bazaar.platform.crypto.Sha256;
import io.bazaar.platform.idempotency.IdempotentRequests;
import io.bazaar.platform.idempotency.IdempotentResult;
import io.bazaar.platform.money.Money;
import io.bazaar.platform.paging.Page;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;

/**
 * Returns and refunds that shoppers ask for on delivered orders, and what the merchant does with them. Every change
 * is a guarded update of the return's status with a history row and its messages, in one transaction; the money goes
 * back through {@link RefundService} (the payment provider, stock of resellable lines, sales counts, and whatever
 * else a refund undoes), once: its Idempotency-Key is the return's id and the refund is made in the name stored on
 * the return, so a retried approval or receipt replays the same refund instead of making a second one.
 */
@ApplicationScoped
public class ReturnService {

    private final ReturnRepository returns;
    private final OrderRepository orders;
    private final RefundRepository refundRecords;
    private final RefundService refunds;
    private final NotificationOutbox outbox;
    private final ReturnNotices notices;
    private final ReturnPhotos photos;
    private final OrdersConfig config;
    private final ObjectMapper json;
    private final IdempotentRequests idempotent;
    private final Pool pool;
    private final Clock clock;

    ReturnService(ReturnRepository returns, OrderRepository orders, RefundRepository refundRecords, RefundService refunds,
            NotificationOutbox outbox, ReturnNotices notices, ReturnPhotos photos, OrdersConfig config, ObjectMapper json,
            IdempotentRequests idempotent, Pool pool, Clock clock) {
        this.idempotent = idempotent;
        this.photos = photos;
        this.returns = returns;
        this.orders = orders;
        this.refundRecords = refundRecords;
        this.refunds = refunds;
        this.outbox = outbox;
        this.notices = notices;
        this.config = config;
        this.json = json;
        this.pool = pool;
        this.clock = clock;
    }

    /** What the shopper may ask for on one of their orders. */
    public Uni<ReturnOptions> options(UUID accountId, String number) {
        Instant now = clock.instant();
        return orders.find(number).chain(order -> {
            if (order == null || !order.accountId().equals(accountId)) {
                throw orderNotFound();
            }
            Instant closes = order.deliveredAt() == null ? null : order.deliveredAt().plus(config.autoCompleteAfter());
            boolean open = order.status() == OrderStatus.DELIVERED && closes != null && now.isBefore(closes);
            return pool.withTransaction(tx -> orders.lines(tx, number)
                    .chain(lines -> returnable(tx, number, lines).chain(left -> returns.ofOrder(number)
                            .map(list -> new ReturnOptions(number, order.currency(), open,
                                    order.status() == OrderStatus.DELIVERED ? closes : null, lines, left, list)))));
        });
    }

    /**
     * A new request on lines of a delivered order of the shopper, inside the return window; the merchant's staff are
     * told; the photos it names are checked and attached. The order row is locked, so two requests (or a request and a refund, or the completion job) take turns.
     * Once per Idempotency-Key of the shopper and order: a retry with the same body gets the same answer (the return
     * as it was created), the same key with another body 422 {@code idempotency-key-reused}.
     */
    public Uni<IdempotentResult> request(UUID accountId, String number, String key, NewReturnRequest request) {
        ReturnKind kind = parse(ReturnKind.class, "kind", request.kind());
        ReturnReason reason = parse(ReturnReason.class, "reason", request.reason());
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < request.lines().size(); i++) {
            if (!seen.add(request.lines().get(i).lineNo())) {
                throw ProblemException.invalid(new FieldError("lines[" + i + "].lineNo", "is given twice"));
            }
        }
        String hash = Sha256.hex(number + "\n" + write(request));
        String scope = "return#" + accountId + "#" + number + "#" + key;
        return idempotent.once(scope, hash, config.idempotencyTtl(), committed -> create(accountId, number, kind, reason, request)
                .invoke(() -> committed.set(true))
                .chain(id -> details(id)).map(details -> write(ReturnView.of(details))));
    }

    /** The request's own work, in one transaction; completes with the new return's id once committed. */
    private Uni<UUID> create(UUID accountId, String number, ReturnKind kind, ReturnReason reason, NewReturnRequest request) {
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        return pool.withTransaction(tx -> returns.lockOrder(tx, number).chain(exists -> {
            if (!exists) {
                throw orderNotFound();
            }
            return orders.find(tx, number);
        }).chain(order -> {
            if (!order.accountId().equals(accountId)) {
                throw orderNotFound();
            }
            if (order.status() != OrderStatus.DELIVERED) {
                throw ProblemException.unprocessable("order-not-delivered", "Order " + number + " is " + order.status()
                        + "; returns can be asked for on delivered orders only.");
            }
            Instant closes = order.deliveredAt().plus(config.autoCompleteAfter());
            if (!now.isBefore(closes)) {
                throw ProblemException.unprocessable("return-window-closed",
                        "The return window of order " + number + " closed at " + closes + ".");
            }
            return orders.lines(tx, number).chain(lines -> returnable(tx, number, lines).map(left -> {
                List<ReturnLine> wanted = new ArrayList<>();
                for (NewReturnRequest.Line line : request.lines()) {
                    if (line.lineNo() > lines.size()) {
                        throw ProblemException.unprocessable("unknown-order-line",
                                "Order " + number + " has no line " + line.lineNo() + ".");
                    }
                    int available = left.get(line.lineNo() - 1);
                    if (line.quantity() > available) {
                        throw ProblemException.unprocessable("return-exceeds-quantity", "Line " + line.lineNo()
                                + " of order " + number + " has " + available + " unit(s) left to return, not "
                                + line.quantity() + ".");
                    }
                    wanted.add(new ReturnLine(line.lineNo(), line.quantity(), null));
                }
                wanted.sort(java.util.Comparator.comparingInt(ReturnLine::lineNo));
                return new OrderReturn(id, number, accountId, order.merchantId(), kind, ReturnStatus.REQUESTED, reason,
                        request.details() == null ? "" : request.details().strip(), order.currency(), null, null, null, null,
                        null, null, now, now, wanted);
            })).chain(r -> returns.insert(tx, r)
                    .chain(() -> photos.attach(tx, accountId, id, request.photoIds()))
                    .chain(() -> returns.addHistory(tx, id, new ReturnChange(null, ReturnStatus.REQUESTED, now,
                            customer(accountId), kind == ReturnKind.RETURN ? "return requested" : "refund requested")))
                    .chain(() -> outbox.enqueueToOrderStaff(tx, r.merchantId(), number, NotificationKind.RETURN_REQUESTED,
                            notices.of(NotificationKind.RETURN_REQUESTED, r), now)));
        })).replaceWith(id);
    }

    public Uni<Page<OrderReturn>> pageOfCustomer(UUID accountId, ReturnStatus status, PageRequest page) {
        return page(accountId, null, status, page);
    }

    public Uni<Page<OrderReturn>> pageOfMerchant(UUID merchantId, ReturnStatus status, PageRequest page) {
        return page(null, merchantId, status, page);
    }

    public Uni<Page<OrderReturn>> pageOfAll(ReturnStatus status, PageRequest page) {
        return page(null, null, status, page);
    }

    public Uni<ReturnDetails> ofCustomer(UUID accountId, UUID id) {
        return returns.find(id).chain(r -> details(own(r, accountId)));
    }

    public Uni<ReturnDetails> ofMerchant(UUID merchantId, UUID id) {
        return returns.find(id).chain(r -> details(sold(r, merchantId)));
    }

    public Uni<ReturnDetails> ofAny(UUID id) {
        return returns.find(id).chain(r -> details(sold(r, null)));
    }

    /** The shopper withdraws a request the merchant has not answered yet. */
    public Uni<ReturnDetails> cancel(UUID accountId, UUID id) {
        Instant now = clock.instant();
        return pool.withTransaction(tx -> returns.find(tx, id).chain(r -> move(tx, own(r, accountId),
                ReturnStatus.CANCELLED, now, customer(accountId), "cancelled by the shopper", Changes.NONE)))
                .chain(r -> details(r.id()));
    }

    /** The shopper has sent the goods of an approved return back. */
    public Uni<ReturnDetails> shipBack(UUID accountId, UUID id, String carrier, String trackingNumber) {
        Instant now = clock.instant();
        return pool.withTransaction(tx -> returns.find(tx, id).chain(r -> move(tx, own(r, accountId),
                ReturnStatus.SHIPPED_BACK, now, customer(accountId), "sent back with " + carrier + ", " + trackingNumber,
                new Changes(null, carrier, trackingNumber, null, null, null))))
                .chain(r -> details(r.id()));
    }

    /**
     * The merchant accepts the request; a refund only is refunded at once. Asked again for a refund only that is
     * APPROVED (its refund failed, e.g. the provider was down), it makes the refund then, still only once.
     */
    public Uni<ReturnDetails> approve(UUID merchantId, String staffId, UUID id) {
        Instant now = clock.instant();
        String actor = staff(staffId);
        return pool.withTransaction(tx -> returns.find(tx, id).chain(found -> {
            OrderReturn r = sold(found, merchantId);
            if (r.kind() == ReturnKind.REFUND_ONLY && r.status() == ReturnStatus.APPROVED) {
                return Uni.createFrom().item(r);
            }
            Changes changes = new Changes(null, null, null, r.kind() == ReturnKind.REFUND_ONLY ? actor : null, null, null);
            return move(tx, r, ReturnStatus.APPROVED, now, actor, "approved", changes)
                    .call(moved -> notify(tx, moved, NotificationKind.RETURN_APPROVED, now));
        })).chain(r -> r.kind() == ReturnKind.REFUND_ONLY ? refund(r) : Uni.createFrom().item(r))
                .chain(r -> details(r.id()));
    }

    public Uni<ReturnDetails> reject(UUID merchantId, String staffId, UUID id, String reason) {
        Instant now = clock.instant();
        return pool.withTransaction(tx -> returns.find(tx, id).chain(r -> move(tx, sold(r, merchantId),
                ReturnStatus.REJECTED, now, staff(staffId), "rejected: " + reason, new Changes(reason, null, null, null, null, null))
                .call(moved -> notify(tx, moved, NotificationKind.RETURN_REJECTED, now))))
                .chain(r -> details(r.id()));
    }

    /**
     * The goods are back: the merchant records for each line whether they can be sold again, and the refund follows
     * at once, with stock back for the resellable lines only. Asked again once RECEIVED (the refund failed), it makes
     * the refund with what was recorded the first time.
     */
    public Uni<ReturnDetails> receive(UUID merchantId, String staffId, UUID id, ReceiveRequest request) {
        Instant now = clock.instant();
        String actor = staff(staffId);
        return pool.withTransaction(tx -> returns.find(tx, id).chain(found -> {
            OrderReturn r = sold(found, merchantId);
            if (r.status() == ReturnStatus.RECEIVED) {
                return Uni.createFrom().item(r);
            }
            Map<Integer, Boolean> resellable = resellable(r, request);
            return move(tx, r, ReturnStatus.RECEIVED, now, actor, "received; resellable lines: " + resellable.entrySet()
                    .stream().filter(Map.Entry::getValue).map(e -> e.getKey().toString()).sorted().toList(),
                    new Changes(null, null, null, actor, null, null))
                    .call(() -> returns.recordResellable(tx, id, resellable))
                    .chain(() -> returns.find(tx, id));
        })).chain(this::refund).chain(r -> details(r.id()));
    }

    /** The money for the return's lines through the refunds of the area; stock back only for resellable lines. */
    private Uni<OrderReturn> refund(OrderReturn r) {
        List<RefundRequest.Line> lines = r.lines().stream()
                .map(l -> new RefundRequest.Line(l.lineNo(), l.quantity(), Boolean.TRUE.equals(l.resellable()))).toList();
        RefundRequest request = new RefundRequest(lines, null, null, "return " + r.id());
        return refunds.refund(r.merchantId(), r.refundActor(), r.orderNumber(), "return-" + r.id(), request)
                .map(outcome -> read(outcome.json()))
                .chain(refund -> pool.withTransaction(tx -> returns.find(tx, r.id()).chain(current -> {
                    if (current.status() == ReturnStatus.REFUNDED) {
                        return Uni.createFrom().item(current);
                    }
                    String note = "refunded " + new Money(refund.amountMinor(), refund.currency()).toDecimalString() + " "
                            + refund.currency() + " (refund " + refund.refundId() + ")";
                    return move(tx, current, ReturnStatus.REFUNDED, clock.instant(), r.refundActor(), note,
                            new Changes(null, null, null, null, refund.refundId(), refund.amountMinor()))
                            .call(moved -> notify(tx, moved, NotificationKind.RETURN_REFUNDED, clock.instant()));
                })));
    }

    private Map<Integer, Boolean> resellable(OrderReturn r, ReceiveRequest request) {
        Map<Integer, Boolean> recorded = new HashMap<>();
        Set<Integer> lines = new HashSet<>();
        r.lines().forEach(l -> lines.add(l.lineNo()));
        for (int i = 0; i < request.lines().size(); i++) {
            ReceiveRequest.Line line = request.lines().get(i);
            if (!lines.contains(line.lineNo())) {
                throw ProblemException.invalid(new FieldError("lines[" + i + "].lineNo", "is not a line of this return"));
            }
            if (recorded.put(line.lineNo(), line.resellable()) != null) {
                throw ProblemException.invalid(new FieldError("lines[" + i + "].lineNo", "is given twice"));
            }
        }
        if (!recorded.keySet().equals(lines)) {
            throw ProblemException.invalid(new FieldError("lines", "name every line of the return"));
        }
        return recorded;
    }

    /** Units of each order line (index = line number - 1) that may still be returned. */
    private Uni<List<Integer>> returnable(SqlClient tx, String number, List<OrderLine> lines) {
        return refundRecords.refundedUnits(tx, number).chain(refunded -> returns.openUnits(tx, number).map(open -> {
            List<Integer> left = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                int no = i + 1;
                left.add(Math.max(0, lines.get(i).quantity() - refunded.getOrDefault(no, 0) - open.getOrDefault(no, 0)));
            }
            return left;
        }));
    }

    private Uni<OrderReturn> move(SqlClient tx, OrderReturn r, ReturnStatus to, Instant at, String by, String note,
            Changes changes) {
        if (!r.status().canMoveTo(r.kind(), to)) {
            throw invalid(r, to);
        }
        return returns.move(tx, r.id(), r.status(), to, at, changes).chain(moved -> {
            if (!moved) {
                return Uni.createFrom().failure(invalid(r, to));
            }
            return returns.addHistory(tx, r.id(), new ReturnChange(r.status(), to, at, by, note))
                    .chain(() -> returns.find(tx, r.id()));
        });
    }

    private Uni<Void> notify(SqlClient tx, OrderReturn r, NotificationKind kind, Instant at) {
        // RETURN_APPROVED -> return.approved: the storefront words it (storefront.members.inbox.messages.return.*)
        String key = "return." + kind.name().substring("RETURN_".length()).toLowerCase(Locale.ROOT);
        InboxMessage inApp = InboxMessage.of(r.accountId(), InboxKind.RETURN, key, Map.of("number", r.orderNumber()),
                "/account/returns/" + r.id());
        return outbox.enqueueTo(tx, r.accountId(), r.orderNumber(), kind, notices.of(kind, r), inApp, at);
    }

    private Uni<Page<OrderReturn>> page(UUID accountId, UUID merchantId, ReturnStatus status, PageRequest page) {
        return returns.page(accountId, merchantId, status, page.offset(), page.size())
                .chain(list -> returns.count(accountId, merchantId, status).map(total -> Page.of(list, page, total)));
    }

    private Uni<ReturnDetails> details(OrderReturn r) {
        return orders.lines(r.orderNumber()).chain(lines -> photos.of(r.id()).chain(shown -> returns.history(r.id())
                .map(history -> new ReturnDetails(r, lines, shown, history))));
    }

    private Uni<ReturnDetails> details(UUID id) {
        return returns.find(id).chain(this::details);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private RefundView read(String text) {
        try {
            return json.readValue(text, RefundView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a refund's stored answer is not a refund", e);
        }
    }

    /** Parses a status filter; 400 with the field's name when it is not one. */
    public static ReturnStatus status(String field, String value) {
        return value == null || value.isBlank() ? null : parse(ReturnStatus.class, field, value);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(new FieldError(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
        }
    }

    private static OrderReturn own(OrderReturn r, UUID accountId) {
        if (r == null || !r.accountId().equals(accountId)) {
            throw returnNotFound();
        }
        return r;
    }

    /** The merchant's return (any return for the admin, merchantId null). */
    private static OrderReturn sold(OrderReturn r, UUID merchantId) {
        if (r == null || (merchantId != null && !r.merchantId().equals(merchantId))) {
            throw returnNotFound();
        }
        return r;
    }

    private static String customer(UUID accountId) {
        return "customer:" + accountId;
    }

    private static String staff(String staffId) {
        return "merchant-staff:" + staffId;
    }

    private static ProblemException invalid(OrderReturn r, ReturnStatus to) {
        return ProblemException.conflict("invalid-transition", "Return " + r.id() + " (" + r.kind() + ") is " + r.status()
                + " and cannot become " + to + ".");
    }

    private static ProblemException orderNotFound() {
        return ProblemException.notFound("order-not-found", "There is no such order.");
    }

    private static ProblemException returnNotFound() {
        return ProblemException.notFound("return-not-found", "There is no such return.");
    }
}
