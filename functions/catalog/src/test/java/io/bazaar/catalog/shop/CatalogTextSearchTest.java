package io.bazaar.catalog.shop;

import static io.bazaar.catalog.shop.Shop.ids;
import static io.bazaar.catalog.shop.Shop.search;
import static io.bazaar.catalog.shop.Shop.simple;
import static io.bazaar.catalog.shop.Shop.uniqueWord;
import static io.bazaar.catalog.support.CatalogApi.listedProduct;
import static io.bazaar.catalog.support.CatalogApi.staffToken;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bazaar.localenv.BazaarTestEnvironment;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = BazaarTestEnvironment.class, scope = TestResourceScope.GLOBAL)
class CatalogTextSearchTest {

    private final String staff = staffToken(UUID.randomUUID(), "products");

    @Test
    void englishSearchFindsOtherFormsOfTheWord() {
        String word = uniqueWord();
        String id = listedProduct(staff, simple("Running Shoe " + word, 7, 5000, 3));
        assertThat(ids(search("q", "shoes " + word)), contains(id));
        assertThat(ids(search("q", word + " RUNNING")), contains(id));
        assertThat(ids(search("q", "sandals " + word)), empty());
    }

    @Test
    void chineseSearchWithoutSpacesFindsProductsContainingTheWords() {
        String word = uniqueWord();
        String id = listedProduct(staff, simple("无线蓝牙耳机 " + word, 3, 19900, 5));
        assertThat(ids(search("q", "蓝牙耳机", "size", 100)), hasItem(id));
        assertThat(ids(search("q", "耳机", "size", 100)), hasItem(id));
        assertThat(ids(search("q", "蓝牙耳机" + word)), contains(id));
        assertThat(ids(search("q", "蓝牙音箱 " + word)), empty());
    }

    @Test
    void mixedChineseAndEnglishNeedsBothParts() {
        String word = uniqueWord();
        String id = listedProduct(staff, simple("Acme 蓝牙耳机 " + word, 3, 19900, 5));
        assertThat(ids(search("q", word + " 耳机")), contains(id));
        assertThat(ids(search("q", word + " 手机")), empty());
    }

    @Test
    void aNameMatchOutranksADescriptionOnlyMatch() {
        String word = uniqueWord();
        Map<String, Object> inDescription = simple("Plain kettle", 9, 3000, 1);
        inDescription.put("description", "<p>Goes well with any " + word + " you own.</p>");
        String descriptionOnly = listedProduct(staff, inDescription);
        String named = listedProduct(staff, simple("The " + word + " kettle", 9, 3000, 1));
        assertThat(ids(search("q", word)), contains(named, descriptionOnly));
        assertThat(ids(search("q", word, "sort", "newest")), contains(named, descriptionOnly));
    }

    @Test
    void brandSeriesKeywordsAndTagsAreSearched() {
        String word = uniqueWord();
        Map<String, Object> draft = simple("Mug", 9, 1200, 1);
        draft.put("brandId", Shop.term(staff, "brands", "Brand" + word));
        draft.put("keywordIds", List.of(Shop.term(staff, "keywords", "kw" + word)));
        String id = listedProduct(staff, draft);
        assertThat(ids(search("q", "Brand" + word)), contains(id));
        assertThat(ids(search("q", "kw" + word)), contains(id));
    }

    @Test
    void aQueryWithNothingSearchableMatchesNothing() {
        assertThat(ids(search("q", "!!! ???")), empty());
        assertThat(ids(search("q", "'&|:*()")), not(hasItem("anything")));
    }
}
