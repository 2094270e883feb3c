package io.bazaar.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Extraction from each source over HTML fixtures in src/test/resources/pages and pages built in other charsets. */
class ProductExtractorTest {

    private static final URI PAGE_URL = URI.create("https://shop.example.com/p/item");

    static byte[] fixture(String name) {
        try (InputStream in = ProductExtractorTest.class.getResourceAsStream("/pages/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("missing fixture " + name, e);
        }
    }

    private static Listing extract(String fixture) {
        return ProductExtractor.extract(fixture(fixture), PAGE_URL, Map.of())
                .orElseThrow(() -> new AssertionError("no product in " + fixture));
    }

    @Test
    void plainJsonLdGivesEveryField() {
        Listing listing = extract("jsonld-plain.html");
        assertEquals("json-ld", listing.source());
        assertEquals("Aurora Wireless Headphones", listing.name());
        assertEquals("Over-ear, 40 h battery.", listing.description());
        assertEquals("Aurora", listing.brand());
        assertEquals("AUR-100", listing.sku());
        assertEquals("4006381333931", listing.gtin());
        assertEquals("A100", listing.mpn());
        assertEquals(new BigDecimal("1299.00"), listing.price());
        assertEquals("EUR", listing.currency());
        assertEquals(Availability.InStock, listing.availability());
        assertEquals(List.of("https://shop.example.com/img/aurora-1.jpg", "https://cdn.example.com/aurora-2.jpg"), listing.images());
        assertEquals(List.of("Electronics", "Audio", "Headphones"), listing.categories());
        assertEquals(new Rating(new BigDecimal("4.6"), 213), listing.rating());
    }

    @Test
    void jsonLdGraphFollowsIdReferencesAndOrdersBreadcrumbsByPosition() {
        Listing listing = extract("jsonld-graph.html");
        assertEquals("Steel Kettle 1.7 l", listing.name());
        assertEquals(new BigDecimal("39.90"), listing.price());
        assertEquals("GBP", listing.currency());
        assertEquals(Availability.OutOfStock, listing.availability());
        assertEquals(List.of("Home", "Kitchen", "Kettles"), listing.categories());
        assertEquals(List.of("https://shop.example.com/img/kettle.jpg"), listing.images());
    }

    @Test
    void topLevelJsonLdArrayWithOffersArrayUsesFirstOfferAndPriceSpecification() {
        Listing listing = extract("jsonld-array.html");
        assertEquals("The Art of Crawling", listing.name());
        assertEquals("9780000000002", listing.gtin());
        assertEquals(new BigDecimal("24.50"), listing.price());
        assertEquals("USD", listing.currency());
        assertEquals(Availability.PreOrder, listing.availability());
    }

    @Test
    void productGroupListsItsVariantsAndTakesTheLowestPrice() {
        Listing listing = extract("jsonld-product-group.html");
        assertEquals("Basic Tee", listing.name());
        assertEquals("Bazaar Basics", listing.brand());
        assertEquals(new BigDecimal("17.50"), listing.price());
        assertEquals(3, listing.variants().size());
        Variant redLarge = listing.variants().get(1);
        assertEquals(List.of("color", "size"), List.copyOf(redLarge.attributes().keySet()));
        assertEquals(Map.of("color", "Red", "size", "L"), redLarge.attributes());
        assertEquals("TEE-RED-L", redLarge.sku());
        assertEquals(new BigDecimal("21.99"), redLarge.price());
        assertEquals("USD", redLarge.currency());
        assertEquals(Availability.OutOfStock, redLarge.availability());
        assertEquals(Availability.InStock, listing.variants().get(0).availability());
    }

    @Test
    void offersWithTheirOwnSkusAreVariantsAndTheLowestPriceIsTheProducts() {
        Listing listing = extract("jsonld-offer-variants.html");
        assertEquals(3, listing.variants().size());
        assertEquals(new Variant(Map.of("colour", "red", "size", "M"), "TEE-RED-M", new BigDecimal("99.00"), "CNY",
                Availability.OutOfStock), listing.variants().get(1));
        assertEquals(Map.of("colour", "navy", "size", "S"), listing.variants().get(2).attributes());
        assertEquals(new BigDecimal("99.00"), listing.price());
        assertEquals(List.of("Clothing", "T-shirts"), listing.categories());
    }

    @Test
    void offerVariantsNamingDifferentThingsAreToldApartByTheirNames() {
        String html = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Product\","
                + "\"name\":\"Mug\",\"offers\":[{\"@type\":\"Offer\",\"sku\":\"M-1\",\"price\":\"8\",\"priceCurrency\":\"EUR\","
                + "\"itemOffered\":{\"@type\":\"Product\",\"color\":\"white\"}},{\"@type\":\"Offer\",\"sku\":\"M-2\","
                + "\"name\":\"Gift box\",\"price\":\"12\",\"priceCurrency\":\"EUR\"}]}</script><h1>Mug</h1>";
        Listing listing = ProductExtractor.extract(html.getBytes(StandardCharsets.UTF_8), PAGE_URL, Map.of()).orElseThrow();
        assertEquals(List.of(Map.of("variant", "M-1"), Map.of("variant", "Gift box")),
                listing.variants().stream().map(Variant::attributes).toList());
        assertEquals(new BigDecimal("8.00"), listing.price());
    }

    @Test
    void offersOfSeveralSellersWithoutSkusStayOneProduct() {
        assertEquals(List.of(), extract("jsonld-array.html").variants());
    }

    @Test
    void aggregateOfferPriceIsItsLowPrice() {
        Listing listing = extract("jsonld-aggregate-offer.html");
        assertEquals(new BigDecimal("49.00"), listing.price());
        assertEquals("CAD", listing.currency());
    }

    @Test
    void microdataProductIsReadWithNestedBrandOfferRatingAndBreadcrumbs() {
        Listing listing = extract("microdata.html");
        assertEquals("microdata", listing.source());
        assertEquals("Trail Runner X", listing.name());
        assertEquals("Peak", listing.brand());
        assertEquals("TR-X-42", listing.sku());
        assertEquals(new BigDecimal("89.95"), listing.price());
        assertEquals("EUR", listing.currency());
        assertEquals(Availability.InStock, listing.availability());
        assertEquals(List.of("https://shop.example.com/p/images/trail.jpg"), listing.images());
        assertEquals(List.of("Shoes", "Trail"), listing.categories());
        assertEquals(new Rating(new BigDecimal("4.2"), 17), listing.rating());
    }

    @Test
    void rdfaProductIsRead() {
        Listing listing = extract("rdfa.html");
        assertEquals("rdfa", listing.source());
        assertEquals("Desk Lamp Halo", listing.name());
        assertEquals("0012345678905", listing.gtin());
        assertEquals(new BigDecimal("1049.95"), listing.price());
        assertEquals("CHF", listing.currency());
        assertEquals(Availability.LimitedAvailability, listing.availability());
        assertEquals(List.of("https://shop.example.com/lamp.png"), listing.images());
    }

    @Test
    void openGraphTagsAloneGiveAListing() {
        Listing listing = extract("opengraph.html");
        assertEquals("opengraph", listing.source());
        assertEquals("Ceramic Mug", listing.name());
        assertEquals("Holds 350 ml.", listing.description());
        assertEquals(new BigDecimal("12.50"), listing.price());
        assertEquals("GBP", listing.currency());
        assertEquals(Availability.OutOfStock, listing.availability());
        assertEquals(List.of("https://cdn.example.com/mug.jpg", "https://shop.example.com/mug-2.jpg"), listing.images());
        assertEquals(List.of("Home", "Mugs"), listing.categories());
    }

    @Test
    void visiblePagePriceIsTheCurrentOneNotTheStruckListPriceNorRecommendations() {
        Listing listing = extract("visible-page.html");
        assertEquals("page", listing.source());
        assertEquals("Camping Stove Flame 2", listing.name());
        assertEquals("A light stove.", listing.description());
        assertEquals(new BigDecimal("89.99"), listing.price());
        assertEquals("USD", listing.currency());
    }

    @Test
    void openGraphTagsWithoutAPriceLeaveThePriceToTheVisiblePage() {
        String html = "<html><head><meta property=\"og:title\" content=\"Walnut Desk\">"
                + "<meta property=\"og:image\" content=\"/img/desk.jpg\"></head><body><h1>Walnut Desk</h1>"
                + "<p class=\"price\">€ 349,00</p><button>Add to cart</button></body></html>";
        Listing listing = ProductExtractor.extract(html.getBytes(StandardCharsets.UTF_8), PAGE_URL, Map.of()).orElseThrow();
        assertEquals("page", listing.source());
        assertEquals(new BigDecimal("349.00"), listing.price());
        assertEquals("EUR", listing.currency());
        assertEquals(List.of("https://shop.example.com/img/desk.jpg"), listing.images());
    }

    @Test
    void openGraphTagsAloneStillNameAProductWithoutAnyPrice() {
        String html = "<html><head><meta property=\"og:title\" content=\"Walnut Desk\"></head><body><p>Call us.</p></body></html>";
        Listing listing = ProductExtractor.extract(html.getBytes(StandardCharsets.UTF_8), PAGE_URL, Map.of()).orElseThrow();
        assertEquals("opengraph", listing.source());
        assertNull(listing.price());
    }

    @Test
    void malformedHtmlWithUnclosedTagsIsStillExtracted() {
        Listing listing = extract("malformed.html");
        assertEquals("Unclosed Umbrella", listing.name());
        assertEquals(new BigDecimal("15.00"), listing.price());
        assertEquals("EUR", listing.currency());
    }

    @Test
    void pageWithoutProductGivesNothing() {
        assertTrue(ProductExtractor.extract(fixture("no-product.html"), PAGE_URL, Map.of()).isEmpty());
    }

    @Test
    void gbkPageWithoutHeaderCharsetDecodesThroughItsMetaTag() {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"无线蓝牙耳机\","
                + "\"description\":\"降噪，续航三十小时\",\"offers\":{\"price\":\"1299\",\"priceCurrency\":\"CNY\"}}</script>"
                + "</head><body><h1>无线蓝牙耳机</h1></body></html>";
        Listing listing = ProductExtractor.extract(html.getBytes(Charset.forName("GBK")), PAGE_URL, Map.of()).orElseThrow();
        assertEquals("无线蓝牙耳机", listing.name());
        assertEquals("降噪，续航三十小时", listing.description());
        assertEquals("CNY", listing.currency());
    }

    @Test
    void shiftJisPageWithoutHeaderCharsetDecodesThroughItsMetaCharset() {
        String html = "<html><head><meta charset=\"Shift_JIS\"><title>イヤホン</title></head><body>"
                + "<h1>ワイヤレスイヤホン</h1><p class=\"price\">3,500円</p><button>カートに入れる</button></body></html>";
        Listing listing = ProductExtractor.extract(html.getBytes(Charset.forName("Shift_JIS")), PAGE_URL, Map.of()).orElseThrow();
        assertEquals("ワイヤレスイヤホン", listing.name());
        assertEquals(new BigDecimal("3500"), listing.price());
        assertEquals("JPY", listing.currency());
    }

    @Test
    void headerCharsetWinsOverTheMetaTag() {
        String html = "<html><head><meta charset=\"gbk\"></head><body><h1>Café crème</h1><p>€ 4,20</p></body></html>";
        Map<String, List<String>> headers = Map.of("Content-Type", List.of("text/html; charset=UTF-8"));
        Listing listing = ProductExtractor.extract(html.getBytes(StandardCharsets.UTF_8), PAGE_URL, headers).orElseThrow();
        assertEquals("Café crème", listing.name());
        assertEquals(new BigDecimal("4.20"), listing.price());
    }

    @Test
    void byteOrderMarkWinsOverTheMetaTagAndIsNotPartOfThePage() {
        String html = "\uFEFF<html><head><meta charset=\"windows-1252\"></head><body><h1>Crème brûlée torch</h1></body></html>";
        Listing listing = ProductExtractor.extract(html.getBytes(StandardCharsets.UTF_8), PAGE_URL, Map.of()).orElseThrow();
        assertEquals("Crème brûlée torch", listing.name());
        assertNull(listing.price());
    }

    @Test
    void availabilityWordsAndSchemaUrlsNormaliseToTheSameValue() {
        assertEquals(Optional.of(Availability.OutOfStock), Availability.of("https://schema.org/OutOfStock"));
        assertEquals(Optional.of(Availability.OutOfStock), Availability.of("out of stock"));
        assertEquals(Optional.of(Availability.PreOrder), Availability.of("pre-order"));
        assertEquals(Optional.of(Availability.InStock), Availability.of("schema:InStock"));
        assertEquals(Optional.empty(), Availability.of("maybe"));
    }
}
