package io.bazaar.catalog.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.bazaar.catalog.imports.job.ImportOptions;
import io.bazaar.catalog.imports.work.ListingDrafts;
import io.bazaar.catalog.imports.work.UnusableListing;
import io.bazaar.catalog.merchant.ProductDraft;
import io.bazaar.importer.extract.Availability;
import io.bazaar.importer.extract.Listing;
import io.bazaar.importer.extract.Variant;

/** How an extracted listing becomes a draft: prices, markup, stock, variants, categories and the refusals. */
class ListingDraftsTest {

    private static final ImportOptions PLAIN = new ImportOptions(6L, null, false, null, null, null);

    @Test
    void priceGetsTheMarkupInTheCurrencysMinorUnits() throws UnusableListing {
        ImportOptions markup = new ImportOptions(6L, null, false, new BigDecimal("12.5"), 3, null);
        ProductDraft euro = ListingDrafts.draft(listing("19.99", "EUR", List.of()), markup, 6, null);
        assertEquals(2249, euro.skus().get(0).priceMinor(), "19.99 + 12.5 % = 22.48875, rounded half up");
        assertEquals(3, euro.skus().get(0).stock());
        ProductDraft yen = ListingDrafts.draft(listing("1299", "JPY", List.of()), markup, 6, null);
        assertEquals(1461, yen.skus().get(0).priceMinor(), "yen have no minor unit");
        ProductDraft dinar = ListingDrafts.draft(listing("1.250", "KWD", List.of()), PLAIN, 6, null);
        assertEquals(1250, dinar.skus().get(0).priceMinor(), "three decimals for the Kuwaiti dinar");
    }

    @Test
    void variantsBecomeAttributesAndSkusWithTheirOwnStock() throws UnusableListing {
        List<Variant> variants = List.of(variant("Red", "M", "TEE-R-M", "10.00", Availability.InStock),
                variant("Red", "L", "TEE-R-L", "11.00", Availability.OutOfStock),
                variant("Blue", "M", "TEE-B-M", null, Availability.InStock));
        ProductDraft draft = ListingDrafts.draft(listing("9.00", "USD", variants), PLAIN, 6, 42L);
        assertEquals(List.of("color", "size"), draft.attributes().stream().map(a -> a.name()).toList());
        assertEquals(List.of("Red", "Blue"), draft.attributes().get(0).values());
        assertEquals(3, draft.skus().size());
        assertEquals(Map.of("color", "Red", "size", "L"), draft.skus().get(1).attributes());
        assertEquals(0, draft.skus().get(1).stock());
        assertEquals(ImportOptions.DEFAULT_STOCK, draft.skus().get(0).stock());
        assertEquals(900, draft.skus().get(2).priceMinor(), "a variant without a price takes the product's");
        assertEquals("TEE-B-M", draft.skus().get(2).code());
        assertEquals(42L, draft.brandId());
    }

    @Test
    void theMostSpecificMappedBreadcrumbChoosesTheCategory() {
        ImportOptions mapping = new ImportOptions(10L, Map.of("Electronics", 1L, "audio", 2L, "Electronics > Audio > Earbuds", 3L),
                false, null, null, null);
        assertEquals(2L, ListingDrafts.categoryOf(listing(List.of("Electronics", "Audio", "Headphones")), mapping));
        assertEquals(3L, ListingDrafts.categoryOf(listing(List.of("Electronics", "Audio", "Earbuds")), mapping));
        assertEquals(1L, ListingDrafts.categoryOf(listing(List.of("Electronics", "Cables")), mapping));
        assertEquals(10L, ListingDrafts.categoryOf(listing(List.of("Garden")), mapping));
    }

    @Test
    void descriptionIsEscapedTextInParagraphs() throws UnusableListing {
        Listing withMarkup = new Listing("Mug", "Holds <b>tea</b> & coffee.\n\nDishwasher safe.", null, null, null, null,
                new BigDecimal("5"), "EUR", null, List.of(), List.of(), List.of(), null, "json-ld");
        assertEquals("<p>Holds &lt;b&gt;tea&lt;/b&gt; &amp; coffee.</p><p>Dishwasher safe.</p>",
                ListingDrafts.draft(withMarkup, PLAIN, 6, null).description());
    }

    @Test
    void listingsTheCatalogCannotHoldAreRefusedWithAReason() {
        assertTrue(assertThrows(UnusableListing.class, () -> ListingDrafts.draft(listing(null, "EUR", List.of()), PLAIN, 6, null))
                .getMessage().contains("no price"));
        assertTrue(assertThrows(UnusableListing.class, () -> ListingDrafts.draft(listing("5", null, List.of()), PLAIN, 6, null))
                .getMessage().contains("no currency"));
        assertTrue(assertThrows(UnusableListing.class, () -> ListingDrafts.draft(listing("5", "XYZ", List.of()), PLAIN, 6, null))
                .getMessage().contains("unknown currency"));
        Map<String, String> four = new LinkedHashMap<>(Map.of("a", "1", "b", "2", "c", "3", "d", "4"));
        Variant wide = new Variant(four, null, new BigDecimal("1"), "EUR", null);
        assertTrue(assertThrows(UnusableListing.class, () -> ListingDrafts.draft(listing("5", "EUR", List.of(wide)), PLAIN, 6, null))
                .getMessage().contains("at most 3"));
    }

    @Test
    void aListingWithoutAPositivePriceIsRefusedNeverImportedAsFree() throws UnusableListing {
        assertTrue(assertThrows(UnusableListing.class, () -> ListingDrafts.draft(listing("0.00", "EUR", List.of()), PLAIN, 6, null))
                .getMessage().contains("price of 0"));
        assertTrue(assertThrows(UnusableListing.class, () -> ListingDrafts.draft(listing("0.004", "EUR", List.of()), PLAIN, 6, null))
                .getMessage().contains("less than one minor unit"));
        List<Variant> oneGivenAway = List.of(variant("Red", "M", "TEE-R-M", "10.00", Availability.InStock),
                variant("Blue", "M", "TEE-B-M", "0", Availability.InStock));
        assertTrue(assertThrows(UnusableListing.class, () -> ListingDrafts.draft(listing("9.00", "USD", oneGivenAway), PLAIN, 6, null))
                .getMessage().contains("price of 0"));
        assertEquals(Boolean.FALSE, ListingDrafts.draft(listing("0.01", "EUR", List.of()), PLAIN, 6, null).free());
        assertEquals(1, ListingDrafts.draft(listing("0.01", "EUR", List.of()), PLAIN, 6, null).skus().get(0).priceMinor());
    }

    private static Listing listing(String price, String currency, List<Variant> variants) {
        return new Listing("Basic Tee", null, null, "TEE", null, null, price == null ? null : new BigDecimal(price), currency,
                Availability.InStock, List.of(), List.of(), variants, null, "json-ld");
    }

    private static Listing listing(List<String> breadcrumbs) {
        return new Listing("Headset", null, null, null, null, null, BigDecimal.TEN, "EUR", null, List.of(), breadcrumbs,
                List.of(), null, "json-ld");
    }

    private static Variant variant(String color, String size, String sku, String price, Availability availability) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("color", color);
        attributes.put("size", size);
        return new Variant(attributes, sku, price == null ? null : new BigDecimal(price), "USD", availability);
    }
}
