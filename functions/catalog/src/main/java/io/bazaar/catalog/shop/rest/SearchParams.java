package io.bazaar.catalog.shop.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.QueryParam;

import io.bazaar.catalog.shop.ProductQuery;
import io.bazaar.catalog.shop.SortOrder;
import io.bazaar.platform.money.Money;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;

/**
 * The query parameters of a catalog search as the client sent them. They are bound as text so that a malformed
 * value is a 400 naming the parameter (a typed parameter that does not convert would be a bare 404), and every
 * problem is reported at once.
 */
public class SearchParams {

    /** Longest free-text query; longer ones are typing accidents or abuse. */
    static final int MAX_TEXT = 200;
    /** Most values of one repeatable filter. */
    static final int MAX_REPEATS = 20;

    @QueryParam("q")
    String q;
    @QueryParam("shop")
    String shop;
    @QueryParam("category")
    String category;
    @QueryParam("tag")
    List<String> tags;
    @QueryParam("brand")
    List<String> brands;
    @QueryParam("priceMin")
    String priceMin;
    @QueryParam("priceMax")
    String priceMax;
    @QueryParam("inStock")
    String inStock;
    @QueryParam("attr")
    List<String> attrs;
    @QueryParam("currency")
    String currency;
    @QueryParam("sort")
    String sort;
    @QueryParam("minRating")
    String minRating;

    /** The filters given (all but q), as the statistics area's search event keeps them. */
    Map<String, String> filters() {
        Map<String, String> given = new java.util.TreeMap<>();
        java.util.function.BiConsumer<String, Object> put = (name, value) -> {
            String text = value instanceof List<?> list ? (list.isEmpty() ? null : String.join(",", list.stream().map(String::valueOf).toList()))
                    : blankToNull((String) value);
            if (text != null) {
                given.put(name, text.length() > 100 ? text.substring(0, 100) : text);
            }
        };
        put.accept("shop", shop);
        put.accept("category", category);
        put.accept("tag", tags);
        put.accept("brand", brands);
        put.accept("priceMin", priceMin);
        put.accept("priceMax", priceMax);
        put.accept("inStock", inStock);
        put.accept("attr", attrs);
        put.accept("currency", currency);
        put.accept("sort", sort);
        put.accept("minRating", minRating);
        return given;
    }

    /** The text searched for, if any. */
    String text() {
        return q == null || q.isBlank() ? null : q.strip();
    }

    /** The validated query, or a 400 problem listing every bad parameter. */
    ProductQuery toQuery(PageRequest page) {
        List<FieldError> errors = new ArrayList<>();
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > MAX_TEXT) {
            errors.add(new FieldError("q", "must be at most " + MAX_TEXT + " characters"));
        }
        java.util.UUID merchantId = merchant(errors);
        Long categoryId = id("category", category, errors);
        List<Long> tagIds = ids("tag", tags, errors);
        List<Long> brandIds = ids("brand", brands, errors);
        Long min = price("priceMin", priceMin, errors);
        Long max = price("priceMax", priceMax, errors);
        if (min != null && max != null && min > max) {
            errors.add(new FieldError("priceMin", "must not be more than priceMax"));
        }
        Map<String, String> attributes = attributes(errors);
        String code = blankToNull(currency);
        if (code != null && !Money.isValidCurrency(code)) {
            errors.add(new FieldError("currency", "must be an ISO 4217 code such as USD"));
        }
        boolean inStockOnly = inStock(errors);
        Integer rating = minimumRating(errors);
        SortOrder order = sort(text != null, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.toArray(FieldError[]::new));
        }
        return new ProductQuery(text, merchantId, categoryId, tagIds, brandIds, min, max, inStockOnly, attributes, code, rating, order,
                page);
    }

    /** shop=merchant id: only that shop's products. */
    private java.util.UUID merchant(List<FieldError> errors) {
        String value = blankToNull(shop);
        if (value == null) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("shop", "must be a merchant id"));
            return null;
        }
    }

    private boolean inStock(List<FieldError> errors) {
        String value = blankToNull(inStock);
        if (value != null && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            errors.add(new FieldError("inStock", "must be true or false"));
        }
        return "true".equalsIgnoreCase(value);
    }

    /** minRating=1..5: products rated at least that on average. */
    private Integer minimumRating(List<FieldError> errors) {
        Long value = number("minRating", minRating, "must be a whole number of stars from 1 to 5", errors);
        if (value != null && (value < 1 || value > 5)) {
            errors.add(new FieldError("minRating", "must be a whole number of stars from 1 to 5"));
            return null;
        }
        return value == null ? null : value.intValue();
    }

    /** Relevance is the default with a text query, newest without; relevance without text ranks by newest. */
    private SortOrder sort(boolean hasText, List<FieldError> errors) {
        String value = blankToNull(sort);
        if (value == null) {
            return hasText ? SortOrder.RELEVANCE : SortOrder.NEWEST;
        }
        return SortOrder.ofParameter(value).orElseGet(() -> {
            errors.add(new FieldError("sort", "must be one of " + SortOrder.names()));
            return SortOrder.NEWEST;
        });
    }

    /** attr=name:value, repeatable with different names; the value may itself contain ':'. */
    private Map<String, String> attributes(List<FieldError> errors) {
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> values = attrs == null ? List.of() : attrs;
        if (values.size() > MAX_REPEATS) {
            errors.add(new FieldError("attr", "at most " + MAX_REPEATS + " values"));
            return attributes;
        }
        for (String attr : values) {
            int colon = attr.indexOf(':');
            String name = colon < 0 ? "" : attr.substring(0, colon).strip();
            String value = colon < 0 ? "" : attr.substring(colon + 1).strip();
            if (name.isEmpty() || value.isEmpty()) {
                errors.add(new FieldError("attr", "must be name:value, e.g. colour:red"));
            } else if (attributes.putIfAbsent(name, value) != null) {
                errors.add(new FieldError("attr", "names " + name + " more than once; a SKU has one value of each attribute"));
            }
        }
        return attributes;
    }

    private static List<Long> ids(String field, List<String> values, List<FieldError> errors) {
        List<String> given = values == null ? List.of() : values;
        if (given.size() > MAX_REPEATS) {
            errors.add(new FieldError(field, "at most " + MAX_REPEATS + " values"));
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String value : given) {
            Long id = id(field, value, errors);
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static Long id(String field, String value, List<FieldError> errors) {
        Long number = number(field, value, "must be a numeric id", errors);
        if (number != null && number <= 0) {
            errors.add(new FieldError(field, "must be a positive id"));
            return null;
        }
        return number;
    }

    private static Long price(String field, String value, List<FieldError> errors) {
        Long number = number(field, value, "must be a whole number of minor units", errors);
        if (number != null && number < 0) {
            errors.add(new FieldError(field, "must not be negative"));
            return null;
        }
        return number;
    }

    private static Long number(String field, String value, String message, List<FieldError> errors) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
