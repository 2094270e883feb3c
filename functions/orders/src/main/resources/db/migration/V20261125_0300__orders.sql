-- Orders: saved addresses, coupons, shipping rules, checkouts, orders with lines and history, payments and the
-- notification outbox. No foreign keys into other areas' tables (accounts, products, skus): each area owns its schema.

create table addresses (
    id          uuid primary key,
    account_id  uuid         not null,
    name        varchar(80)  not null,
    phone       varchar(20)  not null,
    country     char(2)      not null,
    region      varchar(80)  not null default '',
    city        varchar(80)  not null,
    postal_code varchar(20)  not null default '',
    line1       varchar(200) not null,
    line2       varchar(200) not null default '',
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);
create index addresses_by_account on addresses (account_id, created_at);

create table coupons (
    id                uuid primary key,
    code              varchar(40)  not null,
    merchant_id       uuid,
    kind              varchar(8)   not null,
    amount_minor      bigint,
    currency          char(3),
    percent           integer,
    min_spend_minor   bigint       not null default 0,
    valid_from        timestamptz  not null,
    valid_until       timestamptz  not null,
    once_per_customer boolean      not null default false,
    total_uses        integer,
    used_count        integer      not null default 0,
    created_at        timestamptz  not null,
    constraint coupons_kind_known check (kind in ('FIXED', 'PERCENT')),
    constraint coupons_fixed_has_amount check (kind <> 'FIXED' or (amount_minor > 0 and currency is not null)),
    constraint coupons_percent_range check (kind <> 'PERCENT' or percent between 1 and 100),
    constraint coupons_uses_within_total check (total_uses is null or used_count <= total_uses)
);
create unique index coupons_unique_code on coupons (upper(code));

-- once_key is the account id for once-per-customer coupons, null otherwise: the unique index enforces "once".
create table coupon_redemptions (
    coupon_id   uuid        not null references coupons (id),
    account_id  uuid        not null,
    checkout_id uuid        not null,
    once_key    uuid,
    redeemed_at timestamptz not null,
    primary key (coupon_id, checkout_id)
);
create unique index coupon_redemptions_once on coupon_redemptions (coupon_id, once_key);

-- One rule per merchant; merchants without one ship by the default rule (config, see README).
create table shipping_rules (
    merchant_id      uuid primary key,
    currency         char(3)     not null,
    flat_fee_minor   bigint      not null check (flat_fee_minor >= 0),
    free_above_minor bigint check (free_above_minor >= 0),
    updated_at       timestamptz not null
);
-- region '' means the whole country
create table shipping_region_fees (
    merchant_id uuid        not null references shipping_rules (merchant_id) on delete cascade,
    country     char(2)     not null,
    region      varchar(80) not null default '',
    fee_minor   bigint      not null check (fee_minor >= 0),
    primary key (merchant_id, country, region)
);

create table checkouts (
    id                uuid primary key,
    account_id        uuid         not null,
    idempotency_key   varchar(100) not null,
    request_hash      char(64)     not null,
    currency          char(3)      not null,
    grand_total_minor bigint       not null,
    coupon_id         uuid references coupons (id),
    created_at        timestamptz  not null
);
-- the last line of defence behind the DynamoDB idempotency record
create unique index checkouts_unique_key on checkouts (account_id, idempotency_key);

create table orders (
    number          varchar(24) primary key,
    checkout_id     uuid         not null references checkouts (id),
    account_id      uuid         not null,
    merchant_id     uuid         not null,
    status          varchar(20)  not null,
    currency        char(3)      not null,
    items_minor     bigint       not null,
    discount_minor  bigint       not null,
    shipping_minor  bigint       not null,
    total_minor     bigint       not null,
    ship_to         jsonb        not null,
    payment_method  varchar(40)  not null,
    carrier         varchar(60),
    tracking_number varchar(80),
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    paid_at         timestamptz,
    shipped_at      timestamptz,
    delivered_at    timestamptz,
    completed_at    timestamptz,
    cancelled_at    timestamptz,
    constraint orders_status_known check (status in
        ('AWAITING_PAYMENT', 'PAID', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED')),
    constraint orders_total_adds_up check (total_minor = items_minor - discount_minor + shipping_minor and total_minor >= 0)
);
create index orders_by_account on orders (account_id, created_at desc);
create index orders_by_merchant on orders (merchant_id, created_at desc);
create index orders_by_checkout on orders (checkout_id);
create index orders_awaiting_payment on orders (created_at) where status = 'AWAITING_PAYMENT';
create index orders_shipped on orders (shipped_at) where status = 'SHIPPED';
create index orders_delivered on orders (delivered_at) where status = 'DELIVERED';

-- what was bought, as it was at checkout: later catalog edits do not change an order
create table order_lines (
    order_number     varchar(24)  not null references orders (number) on delete cascade,
    line_no          integer      not null,
    sku_id           uuid         not null,
    product_id       uuid         not null,
    merchant_id      uuid         not null,
    product_name     varchar(200) not null,
    sku_attributes   jsonb        not null,
    unit_price_minor bigint       not null,
    quantity         integer      not null check (quantity > 0),
    line_total_minor bigint       not null,
    primary key (order_number, line_no)
);

create table order_status_history (
    id           bigserial primary key,
    order_number varchar(24) not null references orders (number) on delete cascade,
    from_status  varchar(20),
    to_status    varchar(20) not null,
    at           timestamptz not null,
    by_actor     varchar(80) not null,
    note         varchar(300)
);
create index order_status_history_by_order on order_status_history (order_number, id);

create table payments (
    id                 uuid primary key,
    checkout_id        uuid        not null unique references checkouts (id),
    provider           varchar(20) not null,
    amount_minor       bigint      not null,
    currency           char(3)     not null,
    status             varchar(12) not null,
    provider_reference varchar(120),
    redirect_url       varchar(500),
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    constraint payments_status_known check (status in ('PENDING', 'SUCCEEDED', 'FAILED'))
);

-- the outbox: written in the transaction of the state change, sent by a job with retries
create table notifications (
    id              bigserial primary key,
    order_number    varchar(24)  not null,
    kind            varchar(12)  not null,
    channel         varchar(8)   not null,
    recipient       varchar(254) not null,
    subject         varchar(200) not null default '',
    body            text         not null,
    status          varchar(8)   not null default 'PENDING',
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(500),
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    constraint notifications_status_known check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint notifications_channel_known check (channel in ('EMAIL', 'SMS'))
);
create index notifications_due on notifications (next_attempt_at) where status = 'PENDING';
create index notifications_by_order on notifications (order_number);
