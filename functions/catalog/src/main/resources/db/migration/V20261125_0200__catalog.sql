-- Catalog: categories, merchants' own vocabularies, products with attributes and SKUs, images, moderation.

create table categories (
    id        bigserial primary key,
    parent_id bigint references categories (id),
    name      varchar(80)  not null,
    slug      varchar(80)  not null,
    -- ids from the root down, e.g. /1/4/9/: a subtree is a prefix match
    path      varchar(400) not null,
    position  integer      not null default 0
);
create unique index categories_unique_slug on categories (coalesce(parent_id, 0), slug);
create index categories_by_path on categories (path varchar_pattern_ops);

-- Brands, series, keywords and tags: each merchant's own managed lists.
create table merchant_terms (
    id          bigserial primary key,
    merchant_id uuid        not null,
    kind        varchar(10) not null,
    name        varchar(80) not null,
    created_at  timestamptz not null default now(),
    constraint merchant_terms_kind_known check (kind in ('BRAND', 'SERIES', 'KEYWORD', 'TAG'))
);
create unique index merchant_terms_unique on merchant_terms (merchant_id, kind, lower(name));

create table products (
    id               uuid primary key,
    merchant_id      uuid         not null,
    category_id      bigint       not null references categories (id),
    brand_id         bigint references merchant_terms (id),
    series_id        bigint references merchant_terms (id),
    name             varchar(200) not null,
    slug             varchar(200) not null,
    description_html text         not null default '',
    parameters       text         not null default '',
    packaging        text         not null default '',
    after_sales      text         not null default '',
    attributes       text         not null default '[]',
    currency         char(3)      not null,
    status           varchar(16)  not null,
    listed           boolean      not null default false,
    rejection_reason varchar(500),
    min_price_minor  bigint,
    max_price_minor  bigint,
    total_stock      integer      not null default 0,
    sales_count      bigint       not null default 0,
    view_count       bigint       not null default 0,
    rating_count     integer      not null default 0,
    rating_sum       bigint       not null default 0,
    search_vector    tsvector,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    submitted_at     timestamptz,
    reviewed_at      timestamptz,
    listed_at        timestamptz,
    version          bigint       not null default 0,
    constraint products_status_known check (status in ('DRAFT', 'PENDING_REVIEW', 'APPROVED', 'REJECTED'))
);
create index products_by_merchant on products (merchant_id, updated_at desc);
create index products_by_status on products (status, submitted_at);
create index products_search on products using gin (search_vector);
create index products_visible_newest on products (listed_at desc, id) where status = 'APPROVED' and listed;
create index products_visible_sales on products (sales_count desc, id) where status = 'APPROVED' and listed;
create index products_visible_views on products (view_count desc, id) where status = 'APPROVED' and listed;
create index products_visible_price on products (min_price_minor, id) where status = 'APPROVED' and listed;
create index products_by_category on products (category_id) where status = 'APPROVED' and listed;
create index products_by_brand on products (brand_id) where status = 'APPROVED' and listed;

-- Keywords and tags of a product (brand and series are columns).
create table product_terms (
    product_id uuid   not null references products (id) on delete cascade,
    term_id    bigint not null references merchant_terms (id),
    primary key (product_id, term_id)
);
create index product_terms_by_term on product_terms (term_id);

create table skus (
    id          uuid primary key,
    product_id  uuid        not null references products (id) on delete cascade,
    code        varchar(64),
    -- {"colour":"red","size":"M"}; the key is canonical (sorted names) so a combination exists once
    attributes  jsonb       not null,
    price_minor bigint      not null,
    stock       integer     not null,
    image_id    uuid,
    position    integer     not null,
    version     bigint      not null default 0,
    constraint skus_price_not_negative check (price_minor >= 0),
    constraint skus_stock_not_negative check (stock >= 0)
);
create unique index skus_unique_combination on skus (product_id, attributes);
create index skus_by_attributes on skus using gin (attributes jsonb_path_ops);

create table product_images (
    id           uuid primary key,
    product_id   uuid         not null references products (id) on delete cascade,
    merchant_id  uuid         not null,
    object_key   varchar(300) not null unique,
    content_type varchar(40)  not null,
    size_bytes   integer,
    width        integer,
    height       integer,
    position     integer      not null default 0,
    status       varchar(10)  not null,
    created_at   timestamptz  not null,
    constraint product_images_status_known check (status in ('PENDING', 'ATTACHED'))
);
create index product_images_by_product on product_images (product_id, position);
create index product_images_pending on product_images (created_at) where status = 'PENDING';

-- S3 objects to delete: written in the same transaction that drops an image or a product, emptied by a job,
-- so no deletion is lost if S3 is unreachable at that moment.
create table image_deletions (
    object_key   varchar(300) primary key,
    requested_at timestamptz not null default now()
);

-- The product's images go when the product goes, and their objects are queued for deletion.
create function queue_image_deletion() returns trigger language plpgsql as $$
begin
    insert into image_deletions (object_key) values (old.object_key) on conflict do nothing;
    return old;
end $$;
create trigger product_images_queue_deletion after delete on product_images
    for each row execute function queue_image_deletion();
