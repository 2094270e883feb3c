package io.bazaar.catalog.term;

/** A term as the merchant centre lists it. */
public record TermView(Long id, String name) {

    public static TermView of(Term term) {
        return new TermView(term.id, term.name);
    }
}
