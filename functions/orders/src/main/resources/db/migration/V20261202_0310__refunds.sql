-- Refunds (issue 11): money given back on an order (wholly, some of its lines, or an amount), the automatic refund of
-- a payment that succeeded after its orders were cancelled, and the alerts an admin should look at.

-- an order wholly refunded is REFUNDED; a partial refund keeps the status and raises refunded_minor (see README)
alter table orders add column refunded_minor bigint not null default 0;
alter table orders add column refunded_at timestamptz;
alter table orders drop constraint orders_status_known;
alter table orders add constraint orders_status_known check (status in
    ('AWAITING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'REFUNDED'));
alter table orders add constraint orders_refund_within_total check (refunded_minor between 0 and total_minor);

-- the provider's handle on the money once collected (Stripe: the PaymentIntent), which refunds are made against
alter table payments add column settled_reference varchar(120);

create table refunds (
    id                 uuid primary key,
    payment_id         uuid         not null references payments (id),
    -- null for the automatic refund of a payment whose orders were all cancelled
    order_number       varchar(24) references orders (number),
    kind               varchar(10)  not null,
    amount_minor       bigint       not null check (amount_minor > 0),
    currency           char(3)      not null,
    status             varchar(10)  not null,
    provider_reference varchar(120),
    reason             varchar(300),
    by_actor           varchar(80)  not null,
    idempotency_key    varchar(120) not null,
    created_at         timestamptz  not null,
    constraint refunds_kind_known check (kind in ('REQUESTED', 'AUTOMATIC')),
    constraint refunds_status_known check (status in ('PENDING', 'SUCCEEDED', 'FAILED'))
);
-- the last line of defence behind the DynamoDB idempotency record (and "one automatic refund per payment")
create unique index refunds_unique_key on refunds (payment_id, idempotency_key);
create index refunds_by_order on refunds (order_number, created_at);

create table refund_lines (
    refund_id    uuid    not null references refunds (id),
    order_number varchar(24) not null,
    line_no      integer not null,
    quantity     integer not null check (quantity > 0),
    amount_minor bigint  not null check (amount_minor >= 0),
    restocked    boolean not null,
    primary key (refund_id, line_no),
    foreign key (order_number, line_no) references order_lines (order_number, line_no)
);
create index refund_lines_by_line on refund_lines (order_number, line_no);

-- what an admin must look at: a payment refunded automatically, a refund made at the provider outside Bazaar
create table payment_alerts (
    id         bigserial primary key,
    payment_id uuid         not null references payments (id),
    kind       varchar(30)  not null,
    detail     varchar(500) not null,
    refund_id  uuid references refunds (id),
    dedup_key  varchar(200) not null unique,
    created_at timestamptz  not null
);
create index payment_alerts_newest on payment_alerts (created_at desc, id desc);
