-- The statistics area's tables (range 06nn). Raw behaviour events from every area: written by the statistics
-- contract's recorder (in the caller's transaction for order and review events) and by the events queue's consumer;
-- kept for bazaar.statistics.raw-retention, then purged. The daily roll-ups (in each shop's time zone) are kept forever
-- and are all the dashboards read.
create table behaviour_events (
    id            uuid         primary key,
    kind          varchar(32)  not null,
    occurred_at   timestamptz  not null,
    received_at   timestamptz  not null default now(),
    merchant_id   uuid,
    product_id    uuid,
    sku_id        uuid,
    visitor_id    uuid,
    account_id    uuid,
    order_number  varchar(40),
    quantity      integer      not null default 0,
    amount_minor  bigint       not null default 0,
    currency      char(3),
    lines         jsonb        not null default '[]',
    source        varchar(20),
    query         varchar(200),
    result_count  integer,
    position      integer,
    details       jsonb        not null default '{}',
    -- added into the roll-ups (in the same transaction that adds them)
    counted       boolean      not null default false
);

-- a shop's events of a time range (today's figures, a day's recomputation)
create index behaviour_events_merchant_time on behaviour_events (merchant_id, occurred_at);
-- what the roll-up has still to add, oldest first
create index behaviour_events_uncounted on behaviour_events (received_at) where not counted;
-- the purge of events past their retention
create index behaviour_events_occurred on behaviour_events (occurred_at);

-- per shop and day: the funnel and the other counts
create table statistics_shop_days (
    merchant_id      uuid    not null,
    day              date    not null,
    views            bigint  not null default 0,
    cart_adds        bigint  not null default 0,
    cart_removes     bigint  not null default 0,
    checkouts        bigint  not null default 0,
    orders_placed    bigint  not null default 0,
    orders_paid      bigint  not null default 0,
    orders_cancelled bigint  not null default 0,
    reviews          bigint  not null default 0,
    favourites       bigint  not null default 0,
    search_clicks    bigint  not null default 0,
    primary key (merchant_id, day)
);
create index statistics_shop_days_day on statistics_shop_days (day);

-- per shop, day and currency: the money (paid orders counted on the day they were paid, refunds on theirs)
create table statistics_sales_days (
    merchant_id     uuid     not null,
    day             date     not null,
    currency        char(3)  not null,
    orders          bigint   not null default 0,
    units           bigint   not null default 0,
    revenue_minor   bigint   not null default 0,
    refunds         bigint   not null default 0,
    refunded_minor  bigint   not null default 0,
    primary key (merchant_id, day, currency)
);
create index statistics_sales_days_day on statistics_sales_days (day);

-- per product and day: the product's funnel
create table statistics_product_days (
    merchant_id  uuid    not null,
    product_id   uuid    not null,
    day          date    not null,
    views        bigint  not null default 0,
    cart_adds    bigint  not null default 0,
    checkouts    bigint  not null default 0,
    orders_paid  bigint  not null default 0,
    units_paid   bigint  not null default 0,
    reviews      bigint  not null default 0,
    favourites   bigint  not null default 0,
    primary key (merchant_id, day, product_id)
);
