-- Returns (issue 13): a shopper asks for goods back and a refund (RETURN) or a refund without sending anything back
-- (REFUND_ONLY) on lines of a delivered order; the merchant approves or rejects, records what came back, and the
-- refund goes through the refunds of V20261202_0310. See docs/decisions/returns.md.

create table order_returns (
    id                  uuid primary key,
    order_number        varchar(24)   not null references orders (number),
    account_id          uuid          not null,
    merchant_id         uuid          not null,
    kind                varchar(12)   not null,
    status              varchar(14)   not null,
    reason              varchar(20)   not null,
    details             varchar(1000) not null default '',
    currency            char(3)       not null,
    reject_reason       varchar(300),
    carrier             varchar(60),
    tracking_number     varchar(80),
    -- who approved (refund only) or recorded the goods received: the refund is made in their name, the same on a retry
    refund_actor        varchar(80),
    refund_id           uuid references refunds (id),
    refund_amount_minor bigint,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    constraint order_returns_kind_known check (kind in ('RETURN', 'REFUND_ONLY')),
    constraint order_returns_status_known check (status in
        ('REQUESTED', 'APPROVED', 'REJECTED', 'CANCELLED', 'SHIPPED_BACK', 'RECEIVED', 'REFUNDED')),
    constraint order_returns_reason_known check (reason in
        ('DAMAGED', 'WRONG_ITEM', 'NOT_AS_DESCRIBED', 'NOT_RECEIVED', 'NO_LONGER_NEEDED', 'OTHER')),
    constraint order_returns_refunded_has_refund check (status <> 'REFUNDED' or refund_id is not null)
);
create index order_returns_by_account on order_returns (account_id, created_at desc);
create index order_returns_by_merchant on order_returns (merchant_id, created_at desc);
-- what holds an order's completion: its returns that have not ended
create index order_returns_open on order_returns (order_number)
    where status in ('REQUESTED', 'APPROVED', 'SHIPPED_BACK', 'RECEIVED');

create table order_return_lines (
    return_id    uuid        not null references order_returns (id),
    order_number varchar(24) not null,
    line_no      integer     not null,
    quantity     integer     not null check (quantity > 0),
    -- recorded by the merchant when the goods arrive; null before (and for a refund only)
    resellable   boolean,
    primary key (return_id, line_no),
    foreign key (order_number, line_no) references order_lines (order_number, line_no)
);
create index order_return_lines_by_line on order_return_lines (order_number, line_no);

create table order_return_history (
    id          bigserial primary key,
    return_id   uuid         not null references order_returns (id),
    from_status varchar(14),
    to_status   varchar(14)  not null,
    at          timestamptz  not null,
    by_actor    varchar(80)  not null,
    note        varchar(300)
);
create index order_return_history_by_return on order_return_history (return_id, id);

-- the outbox carries the return messages too (RETURN_REQUESTED is 16 characters)
alter table notifications alter column kind type varchar(24);
