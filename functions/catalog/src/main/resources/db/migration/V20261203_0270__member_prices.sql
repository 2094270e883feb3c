-- Issue 13: a merchant may give a SKU a price for verified members (real name verified). Null means no member price;
-- one that is set is positive and below the list price (io.bazaar.catalog.merchant.ProductRules says so to the
-- merchant; the check is the database's floor). Orders read it through the catalog contract's CatalogOffers.
alter table skus add column member_price_minor bigint;
alter table skus add constraint skus_member_price_below_list
    check (member_price_minor is null or (member_price_minor > 0 and member_price_minor < price_minor));
