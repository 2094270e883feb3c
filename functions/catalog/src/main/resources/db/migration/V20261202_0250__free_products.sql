-- A price must be positive; a product given away says so with an explicit flag that the platform admin sees in
-- review (docs/decisions/catalog-prices.md). The rule itself (positive, or 0 for every SKU of a free product) is
-- io.bazaar.catalog.merchant.ProductRules'; skus_price_not_negative stays as the database's floor.
alter table products add column free boolean not null default false;

-- Products stored before the rule with a SKU priced 0 were sold for nothing: they go off sale until their merchant
-- prices them (or marks them free, which sends them to review); listing them again is refused until then.
update products p set listed = false
    where p.listed and exists (select 1 from skus s where s.product_id = p.id and s.price_minor = 0);
