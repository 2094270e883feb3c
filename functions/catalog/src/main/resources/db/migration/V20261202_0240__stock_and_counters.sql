-- Stock and counters have one writer each (docs/decisions/stock-and-counters.md).
--
-- Counters (units sold, views, ratings) leave the product row for product_stats: they change only by increments
-- (io.bazaar.catalog.contract.ProductCounters), so no product edit, moderation step or import refresh that loaded
-- the product before can write an old value back.
create table product_stats (
    product_id   uuid primary key references products (id) on delete cascade,
    sales_count  bigint  not null default 0,
    view_count   bigint  not null default 0,
    rating_count integer not null default 0,
    rating_sum   bigint  not null default 0,
    constraint product_stats_not_negative check (sales_count >= 0 and view_count >= 0 and rating_count >= 0
        and rating_sum >= 0)
);
insert into product_stats (product_id, sales_count, view_count, rating_count, rating_sum)
    select id, sales_count, view_count, rating_count, rating_sum from products;
create index product_stats_by_sales on product_stats (sales_count desc, product_id);
create index product_stats_by_views on product_stats (view_count desc, product_id);

drop index products_visible_sales;
drop index products_visible_views;
alter table products drop column sales_count, drop column view_count, drop column rating_count, drop column rating_sum;

-- Every product has its counters row from the start, so increments are plain updates.
create function create_product_stats() returns trigger language plpgsql as $$
begin
    insert into product_stats (product_id) values (new.id);
    return new;
end $$;
create trigger products_create_stats after insert on products
    for each row execute function create_product_stats();

-- products.total_stock goes: a copy of the SKUs' stock on the product row made every sale lock the product row too
-- (and deadlock with a merchant's edit, which locks the product, then its SKUs), and any edit that loaded it could
-- write it back. Whether a product is in stock is read from its SKUs; this index answers it.
alter table products drop column total_stock;
create index skus_in_stock on skus (product_id) where stock > 0;
