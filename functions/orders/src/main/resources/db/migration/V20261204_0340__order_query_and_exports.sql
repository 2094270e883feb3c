-- The merchant's order query (filters, sorts, keyset pages) and order exports (CSV/XLSX produced in the background
-- into S3). Every index below starts with merchant_id: a merchant only ever queries its own orders.

-- keyset pages by date (both directions: a b-tree is read backwards for newest first) and by total
create index orders_merchant_placed on orders (merchant_id, created_at, number);
drop index orders_by_merchant;
create index orders_merchant_total on orders (merchant_id, total_minor, number);
create index orders_merchant_status on orders (merchant_id, status, created_at, number);
create index orders_merchant_customer on orders (merchant_id, account_id, created_at);
-- order number prefix: LIKE 'ABC%' needs the pattern operator class
create index orders_merchant_number on orders (merchant_id, number varchar_pattern_ops);
-- recipient name prefix (any case), and phone numbers ending in the digits asked for (with or without the country
-- code): a prefix of the reversed digits, as MerchantOrderRepository writes them
create index orders_merchant_recipient_name on orders (merchant_id, lower(ship_to->>'name') text_pattern_ops);
create index orders_merchant_recipient_phone on orders
    (merchant_id, reverse(regexp_replace(ship_to->>'phone', '[^0-9]', '', 'g')) text_pattern_ops);
create index orders_merchant_tracking on orders (merchant_id, tracking_number) where tracking_number is not null;
create index orders_merchant_carrier on orders (merchant_id, lower(carrier)) where carrier is not null;
-- orders with a line of a product or SKU
create index order_lines_by_product on order_lines (merchant_id, product_id, order_number);
create index order_lines_by_sku on order_lines (merchant_id, sku_id, order_number);

-- An export: what the merchant asked for (format and the list's query, as JSON), its progress and its file. The row is
-- also the job's queue entry: a worker claims a QUEUED row (or a RUNNING one whose lease ran out) with
-- FOR UPDATE SKIP LOCKED, so two workers never produce the same export.
create table order_exports (
    id            uuid primary key,
    merchant_id   uuid         not null,
    requested_by  uuid         not null,
    format        varchar(4)   not null,
    query         jsonb        not null,
    state         varchar(8)   not null,
    rows_total    bigint,
    orders_done   bigint       not null default 0,
    lines_written bigint       not null default 0,
    size_bytes    bigint,
    object_key    varchar(200),
    upload_id     varchar(1024),
    error         varchar(300),
    attempts      integer      not null default 0,
    lease_until   timestamptz,
    created_at    timestamptz  not null,
    started_at    timestamptz,
    finished_at   timestamptz,
    expires_at    timestamptz,
    constraint order_exports_format_known check (format in ('CSV', 'XLSX')),
    constraint order_exports_state_known check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    constraint order_exports_done_has_file check (state <> 'DONE' or (object_key is not null and size_bytes is not null))
);
create index order_exports_by_merchant on order_exports (merchant_id, created_at desc, id);
create index order_exports_due on order_exports (created_at) where state in ('QUEUED', 'RUNNING');
