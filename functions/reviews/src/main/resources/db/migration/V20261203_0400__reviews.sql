-- Reviews: a buyer's stars, title and text on one order line they received, with up to 6 pictures, the merchant's
-- reply, helpful votes, and what moderation decided. No foreign keys into other areas' tables (orders, products,
-- accounts): the order line is checked through io.bazaar.orders.contract.PurchasedLines when the review is written.
-- Published reviews' stars are counted in the catalog's product_stats through io.bazaar.catalog.contract.ProductCounters.
create table reviews (
    id              uuid primary key,
    account_id      uuid          not null,
    -- the reviewer's public name when they wrote or last edited the review (identity's AccountDirectory)
    author_name     varchar(80)   not null,
    order_number    varchar(24)   not null,
    line_no         integer       not null,
    product_id      uuid          not null,
    merchant_id     uuid          not null,
    sku_id          uuid          not null,
    -- the product's name as bought (the order line's), shown in the reviewer's own list
    product_name    varchar(200)  not null,
    -- the SKU's attribute values as bought (the order line's)
    sku_attributes  jsonb         not null,
    stars           smallint      not null,
    title           varchar(120)  not null,
    body            varchar(2000) not null,
    status          varchar(10)   not null,
    -- the moderation rules that held it, comma-separated (link, banned-word, short-one-star); '' when none did
    held_for        varchar(100)  not null default '',
    image_count     integer       not null default 0,
    helpful_count   integer       not null default 0,
    reported_at     timestamptz,
    report_reason   varchar(300),
    reported_by     uuid,
    moderated_at    timestamptz,
    moderated_by    uuid,
    moderation_note varchar(300),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    constraint reviews_stars_range check (stars between 1 and 5),
    constraint reviews_status_known check (status in ('PUBLISHED', 'PENDING', 'REJECTED')),
    constraint reviews_counts_not_negative check (helpful_count >= 0 and image_count between 0 and 6)
);
-- one review per order line
create unique index reviews_one_per_line on reviews (order_number, line_no);
create index reviews_published_newest on reviews (product_id, created_at desc, id) where status = 'PUBLISHED';
create index reviews_published_helpful on reviews (product_id, helpful_count desc, created_at desc, id)
    where status = 'PUBLISHED';
create index reviews_by_account on reviews (account_id, created_at desc, id);
create index reviews_by_merchant on reviews (merchant_id, created_at desc, id);
create index reviews_held on reviews (created_at, id) where status = 'PENDING';
create index reviews_reported on reviews (reported_at, id) where reported_at is not null;

-- A picture uploaded by a shopper with a presigned PUT (reviews/{accountId}/{imageId} in the images bucket): PENDING
-- until checked, READY after, and part of a review once review_id is set.
create table review_images (
    id           uuid primary key,
    account_id   uuid         not null,
    review_id    uuid references reviews (id) on delete cascade,
    object_key   varchar(200) not null unique,
    content_type varchar(40)  not null,
    size_bytes   integer      not null,
    width        integer,
    height       integer,
    status       varchar(8)   not null,
    position     integer      not null default 0,
    created_at   timestamptz  not null,
    constraint review_images_status_known check (status in ('PENDING', 'READY')),
    constraint review_images_attached_are_ready check (review_id is null or status = 'READY')
);
create index review_images_of_review on review_images (review_id, position) where review_id is not null;
create index review_images_unattached on review_images (created_at) where review_id is null;

-- the merchant's one reply to a review, edited in place
create table review_replies (
    review_id        uuid primary key references reviews (id) on delete cascade,
    merchant_id      uuid          not null,
    staff_account_id uuid          not null,
    body             varchar(2000) not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null
);

-- "helpful": once per shopper and review; reviews.helpful_count moves in the same transaction
create table review_helpful_votes (
    review_id  uuid        not null references reviews (id) on delete cascade,
    account_id uuid        not null,
    created_at timestamptz not null,
    primary key (review_id, account_id)
);
