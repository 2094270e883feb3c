-- Products that came from another shop's page: the page they are kept in step with, what the last visit saw
-- (validators for conditional GET, hashes to tell a real change) and when the scheduled refresh visits next.
create table imported_products (
    product_id             uuid primary key references products (id) on delete cascade,
    merchant_id            uuid          not null,
    source_url             varchar(2000) not null,
    etag                   varchar(300),
    last_modified          varchar(100),
    content_hash           char(64),
    listing_hash           char(64)      not null,
    images_hash            char(64)      not null,
    imported_at            timestamptz   not null,
    last_visit_at          timestamptz   not null,
    next_visit_at          timestamptz   not null,
    visit_interval_seconds integer       not null check (visit_interval_seconds > 0),
    last_job_id            uuid,
    -- the job options a refresh applies again to the shop's new prices and availability
    markup_percent         numeric(7, 2) not null default 0,
    stock_when_in_stock    integer       not null default 10,
    constraint imported_products_source_unique unique (merchant_id, source_url)
);
create index imported_products_due on imported_products (next_visit_at);

-- Price changes a refresh saw but did not apply because they were large: the merchant accepts or dismisses them.
create table import_price_alerts (
    id              uuid primary key,
    merchant_id     uuid        not null,
    product_id      uuid        not null references products (id) on delete cascade,
    sku_id          uuid        not null references skus (id) on delete cascade,
    old_price_minor bigint      not null,
    new_price_minor bigint      not null,
    currency        char(3)     not null,
    detected_at     timestamptz not null,
    resolution      varchar(10),
    resolved_at     timestamptz,
    constraint import_price_alerts_resolution_known check (resolution in ('ACCEPTED', 'DISMISSED'))
);
create index import_price_alerts_open on import_price_alerts (merchant_id, detected_at desc) where resolution is null;
-- one open alert per SKU: a newer large change replaces the older one
create unique index import_price_alerts_one_open on import_price_alerts (sku_id) where resolution is null;

-- Imported images are stored once per merchant and content (imports/{merchantId}/{sha256}), so several products
-- may show one object: unique per product instead of globally, and the object is queued for deletion only when
-- its last row goes.
alter table product_images drop constraint product_images_object_key_key;
create unique index product_images_product_object on product_images (product_id, object_key);
create index product_images_by_object on product_images (object_key);

create or replace function queue_image_deletion() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from product_images where object_key = old.object_key) then
        insert into image_deletions (object_key) values (old.object_key) on conflict do nothing;
    end if;
    return old;
end $$;
