package io.bazaar.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.bazaar.catalog.shop.ProductQuery;
import io.bazaar.catalog.shop.SortOrder;
import io.bazaar.platform.paging.PageRequest;

/**
 * One search of the benchmark's query mix, kept twice in lock-step: as the URL query string a shopper's browser
 * sends, and as the {@link ProductQuery} the API validates it into (the bare-SQL run builds its statements from the
 * latter). The benchmark checks that both return the same page before measuring.
 */
record SearchCase(String name, String description, String text, Long categoryId, List<Long> brandIds, Long priceMin,
        Long priceMax, boolean inStock, Map<String, String> attributes, SortOrder sort, int page) {

    static final int PAGE_SIZE = 20;

    /** The fixed mix; {@code brandId} is one generated brand (about 1/600 of the catalog with 50 merchants). */
    static List<SearchCase> mix(long brandId) {
        return List.of(
                new SearchCase("en_text_category_sales", "q=wireless headphones, category=1 (Electronics subtree), sort=sales",
                        "wireless headphones", 1L, List.of(), null, null, false, Map.of(), SortOrder.SALES, 0),
                new SearchCase("zh_text_price_asc", "q=蓝牙耳机, priceMin=10000, priceMax=100000, sort=price_asc",
                        "蓝牙耳机", null, List.of(), 10_000L, 100_000L, false, Map.of(), SortOrder.PRICE_ASC, 0),
                new SearchCase("brand_instock_newest", "no q, brand=<one brand>, inStock=true, sort=newest",
                        null, null, List.of(brandId), null, null, true, Map.of(), SortOrder.NEWEST, 0),
                new SearchCase("attr_popularity", "no q, attr=colour:red, sort=popularity",
                        null, null, List.of(), null, null, false, Map.of("colour", "red"), SortOrder.POPULARITY, 0),
                new SearchCase("deep_page_category", "no q, category=5 (Clothing subtree), sort=price_desc, page=20",
                        null, 5L, List.of(), null, null, false, Map.of(), SortOrder.PRICE_DESC, 20),
                new SearchCase("en_text_relevance", "q=wireless, sort=relevance (the default with q)",
                        "wireless", null, List.of(), null, null, false, Map.of(), SortOrder.RELEVANCE, 0));
    }

    ProductQuery query() {
        return new ProductQuery(text, null, categoryId, List.of(), brandIds, priceMin, priceMax, inStock,
                new LinkedHashMap<>(attributes), null, null, sort, new PageRequest(page, PAGE_SIZE));
    }

    String queryString() {
        List<String> parts = new ArrayList<>();
        if (text != null) {
            parts.add("q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
        if (categoryId != null) {
            parts.add("category=" + categoryId);
        }
        brandIds.forEach(id -> parts.add("brand=" + id));
        if (priceMin != null) {
            parts.add("priceMin=" + priceMin);
        }
        if (priceMax != null) {
            parts.add("priceMax=" + priceMax);
        }
        if (inStock) {
            parts.add("inStock=true");
        }
        attributes.forEach((k, v) -> parts.add("attr=" + URLEncoder.encode(k + ":" + v, StandardCharsets.UTF_8)));
        parts.add("sort=" + sort.parameter());
        parts.add("page=" + page);
        parts.add("size=" + PAGE_SIZE);
        return String.join("&", parts);
    }
}
