package io.bazaar.catalog.imports.work;

/** A page whose product cannot become one of ours; the message is the reason recorded for the merchant. */
public class UnusableListing extends Exception {

    public UnusableListing(String reason) {
        super(reason, null, false, false);
    }
}
