package io.bazaar.platform.persistence;

import io.vertx.pgclient.PgException;

/** Recognises PostgreSQL's unique_violation (23505) anywhere in a failure's causes: the race a pre-check cannot close. */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg && "23505".equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
