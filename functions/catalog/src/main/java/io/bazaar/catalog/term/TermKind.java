package io.bazaar.catalog.term;

import java.util.Arrays;
import java.util.Optional;

/** The merchant's managed lists, named as in their API paths. */
public enum TermKind {
    BRAND("brands"), SERIES("series"), KEYWORD("keywords"), TAG("tags");

    private final String path;

    TermKind(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<TermKind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
