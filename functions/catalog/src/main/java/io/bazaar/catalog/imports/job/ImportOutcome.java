package io.bazaar.catalog.imports.job;

import java.util.Locale;

/** What became of one page of a job; every page gets one, failures and skips with their reason. */
public enum ImportOutcome {
    /** A new product was created. */
    IMPORTED,
    /** The product imported earlier from this page was changed. */
    UPDATED,
    /** The page (or what we take from it) did not change since the last import. */
    UNCHANGED,
    /** Deliberately left out, such as a second URL of an already imported product. */
    SKIPPED,
    /** Could not be imported; the reason says why. */
    FAILED;

    /** The attribute name of its counter. */
    public String counter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
