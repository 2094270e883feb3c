-- Sitemaps read the products shoppers may see in id order, one keyset batch at a time.
create index products_visible_by_id on products (id) where status = 'APPROVED' and listed;
