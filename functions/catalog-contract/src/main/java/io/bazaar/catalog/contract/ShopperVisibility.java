package io.bazaar.catalog.contract;

/**
 * The catalog's one rule for what shoppers may see and buy: approved by a platform admin and listed by its merchant.
 * Every query of visible products uses this condition, and the catalog's partial indexes are declared with it.
 */
public final class ShopperVisibility {

    /** The rule as an SQL condition over the products table aliased {@code p}. */
    public static final String OF_P = "p.status = 'APPROVED' and p.listed";

    private ShopperVisibility() {
    }
}
