package io.bazaar.importer.cli;

/** A URL that could not or must not be fetched; reported as that page's "error", the other pages go on. */
final class FetchException extends Exception {

    FetchException(String message) {
        super(message);
    }
}
