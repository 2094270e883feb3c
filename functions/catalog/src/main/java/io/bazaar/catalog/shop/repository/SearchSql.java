package io.bazaar.catalog.shop.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.bazaar.catalog.contract.ShopperVisibility;
import io.bazaar.catalog.search.SearchText;
import io.bazaar.catalog.shop.ProductQuery;
import io.bazaar.catalog.shop.SortOrder;
import io.bazaar.platform.paging.PageRequest;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The SQL of one catalog search, built in one place: the visibility rule, the text match, every filter, and each
 * statement over the matching set (the page, the count and price range, the facets). Every user value is a
 * numbered parameter; the statements share the same WHERE clause and so the same parameters.
 */
final class SearchSql {

    /** ts_rank_cd weights in {D, C, B, A} order: name (A) counts most, then brand/series/keywords/tags, then description. */
    private static final String RANK_WEIGHTS = "'{0.05, 0.2, 0.4, 1.0}'";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A product is in stock when one of its SKUs is (index skus_in_stock). */
    private static final String IN_STOCK = "exists (select 1 from skus s where s.product_id = p.id and s.stock > 0)";

    /** A product's average rating, null while unrated. */
    private static final String RATING_AVERAGE =
            "(case when st.rating_count = 0 then null else st.rating_sum::numeric / st.rating_count end)";

    private final SqlParameters parameters = new SqlParameters();
    private final String where;
    private final String textQuery;

    SearchSql(ProductQuery query) {
        this.textQuery = query.hasText() ? textQuery(query.text()) : null;
        this.where = where(query);
    }

    /** The page of cards, in the requested order with the id last so pages never overlap. */
    Statement page(PageRequest page, SortOrder sort) {
        String rank = textQuery == null ? "0" : "ts_rank_cd(" + RANK_WEIGHTS + ", p.search_vector, " + textQuery + ")";
        return statement("""
                select p.id, p.name, p.slug, p.brand_id, b.name as brand_name, p.min_price_minor, p.max_price_minor,
                       p.currency, (%s) as in_stock, st.sales_count, st.rating_count, st.rating_sum,
                       (select i.object_key from product_images i
                         where i.product_id = p.id and i.status = 'ATTACHED' order by i.position, i.id limit 1) as image_key,
                       %s as relevance
                  from products p join product_stats st on st.product_id = p.id
                  left join merchant_terms b on b.id = p.brand_id
                 where %s
                 order by %s, p.id
                 limit %d offset %d""".formatted(IN_STOCK, rank, where, orderBy(sort), page.size(), page.offset()));
    }

    /**
     * Newest and price match a products_visible_* index; sales, popularity and rating sort the matches by their counters
     * in product_stats. Relevance needs a text query to rank by.
     */
    private String orderBy(SortOrder sort) {
        return switch (sort) {
            case RELEVANCE -> textQuery == null ? "p.listed_at desc" : "relevance desc";
            case NEWEST -> "p.listed_at desc";
            case SALES -> "st.sales_count desc";
            case POPULARITY -> "st.view_count desc";
            case PRICE_ASC -> "p.min_price_minor asc nulls last";
            case PRICE_DESC -> "p.min_price_minor desc nulls last";
            // the average (unrated last), then how many ratings it stands on: index product_stats_by_rating
            case RATING -> RATING_AVERAGE + " desc nulls last, st.rating_count desc";
        };
    }

    /** How many products match, and the range of their starting prices. */
    Statement summary() {
        return statement("select count(*) as total, min(p.min_price_minor) as low, max(p.min_price_minor) as high "
                + "from products p where " + where);
    }

    Statement brandFacet(int limit) {
        return statement("""
                select b.id, b.name, count(*) as hits
                  from products p join merchant_terms b on b.id = p.brand_id
                 where %s
                 group by b.id, b.name order by hits desc, b.name, b.id limit %d""".formatted(where, limit));
    }

    Statement tagFacet(int limit) {
        return statement("""
                select t.id, t.name, count(*) as hits
                  from products p join product_terms pt on pt.product_id = p.id
                  join merchant_terms t on t.id = pt.term_id and t.kind = 'TAG'
                 where %s
                 group by t.id, t.name order by hits desc, t.name, t.id limit %d""".formatted(where, limit));
    }

    /** Products per price bucket: bucket n holds starting prices in [start + n * step, start + (n + 1) * step). */
    Statement priceFacet(long start, long step) {
        return statement("""
                select (p.min_price_minor - %d) / %d as bucket, count(*) as hits
                  from products p
                 where %s and p.min_price_minor is not null
                 group by bucket order by bucket""".formatted(start, step, where));
    }

    private Statement statement(String sql) {
        return new Statement(sql, parameters.tuple());
    }

    /**
     * English words (stemmed) AND the CJK bigrams of the query. A query with nothing searchable in it (only
     * punctuation, or only stop words) matches nothing rather than everything.
     */
    private String textQuery(String text) {
        String words = SearchText.of(text).words();
        Set<String> cjk = SearchText.queryCjkTokens(text);
        List<String> parts = new ArrayList<>();
        if (!words.isEmpty()) {
            parts.add("plainto_tsquery('english', " + parameters.bind(words) + ")");
        }
        if (!cjk.isEmpty()) {
            // tokens are CJK characters only, so quoting them cannot clash with tsquery syntax
            List<String> quoted = cjk.stream().map(token -> "'" + token + "'").toList();
            parts.add("to_tsquery('simple', " + parameters.bind(String.join(" & ", quoted)) + ")");
        }
        return parts.isEmpty() ? "''::tsquery" : "(" + String.join(" && ", parts) + ")";
    }

    private String where(ProductQuery query) {
        List<String> conditions = new ArrayList<>(List.of(ShopperVisibility.OF_P));
        if (textQuery != null) {
            conditions.add("p.search_vector @@ " + textQuery);
        }
        if (query.merchantIdOrNull() != null) {
            conditions.add("p.merchant_id = " + parameters.bind(query.merchantIdOrNull()));
        }
        if (query.categoryId() != null) {
            conditions.add("p.category_id in (select c.id from categories c where c.path like "
                    + "(select root.path from categories root where root.id = " + parameters.bind(query.categoryId()) + ") || '%')");
        }
        for (Long tag : query.tagIds()) {
            conditions.add("exists (select 1 from product_terms pt join merchant_terms t on t.id = pt.term_id and t.kind = 'TAG' "
                    + "where pt.product_id = p.id and pt.term_id = " + parameters.bind(tag) + ")");
        }
        if (!query.brandIds().isEmpty()) {
            conditions.add("p.brand_id = any(" + parameters.bind(query.brandIds().toArray(Long[]::new)) + ")");
        }
        if (query.priceMinMinor() != null) {
            conditions.add("p.min_price_minor >= " + parameters.bind(query.priceMinMinor()));
        }
        if (query.priceMaxMinor() != null) {
            conditions.add("p.min_price_minor <= " + parameters.bind(query.priceMaxMinor()));
        }
        if (query.inStockOnly()) {
            conditions.add(IN_STOCK);
        }
        if (!query.skuAttributes().isEmpty()) {
            conditions.add("exists (select 1 from skus s where s.product_id = p.id and s.attributes @> cast(cast("
                    + parameters.bind(json(query.skuAttributes())) + " as text) as jsonb))");
        }
        if (query.currency() != null) {
            conditions.add("p.currency = " + parameters.bind(query.currency()));
        }
        if (query.minRating() != null) {
            // average >= n, without division: sum >= n * count
            conditions.add("exists (select 1 from product_stats r where r.product_id = p.id and r.rating_count > 0 "
                    + "and r.rating_sum >= " + parameters.bind(query.minRating()) + " * r.rating_count)");
        }
        return String.join("\n   and ", conditions);
    }

    private static String json(Map<String, String> attributes) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(attributes));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** One statement ready to run. */
    record Statement(String sql, Tuple parameters) {
    }
}
