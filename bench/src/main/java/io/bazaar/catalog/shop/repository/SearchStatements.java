package io.bazaar.catalog.shop.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.bazaar.catalog.shop.ProductQuery;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The benchmark's window onto {@link SearchSql}: the exact statements the application runs for a search, rewritten
 * for JDBC. It lives in the repository's package (in the bench module) so that the application's SQL builder stays
 * package-private and the bare-SQL benchmark can never drift from what the API runs.
 */
public final class SearchStatements {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(\\d+)");

    private SearchStatements() {
    }

    /** One statement with JDBC {@code ?} placeholders and the value of each, in order of appearance. */
    public record JdbcStatement(String sql, List<Object> parameters) {
    }

    /** The page of cards (the "main" query). */
    public static JdbcStatement page(ProductQuery query) {
        return jdbc(new SearchSql(query).page(query.page(), query.sort()));
    }

    /** Count and price range of the whole match; its result sizes the price facet. */
    public static JdbcStatement summary(ProductQuery query) {
        return jdbc(new SearchSql(query).summary());
    }

    public static JdbcStatement brandFacet(ProductQuery query) {
        return jdbc(new SearchSql(query).brandFacet(ProductSearchRepository.FACET_LIMIT));
    }

    public static JdbcStatement tagFacet(ProductQuery query) {
        return jdbc(new SearchSql(query).tagFacet(ProductSearchRepository.FACET_LIMIT));
    }

    public static JdbcStatement priceFacet(ProductQuery query, long start, long step) {
        return jdbc(new SearchSql(query).priceFacet(start, step));
    }

    /**
     * {@code $n} becomes {@code ?}; a placeholder used twice (the text query appears in the rank and in the WHERE
     * clause of the page) becomes two parameters with the same value.
     */
    static JdbcStatement jdbc(SearchSql.Statement statement) {
        Tuple tuple = statement.parameters();
        List<Object> values = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(statement.sql());
        StringBuilder sql = new StringBuilder();
        while (matcher.find()) {
            values.add(tuple.getValue(Integer.parseInt(matcher.group(1)) - 1));
            matcher.appendReplacement(sql, "?");
        }
        matcher.appendTail(sql);
        return new JdbcStatement(sql.toString(), List.copyOf(values));
    }
}
