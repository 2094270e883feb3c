package io.bazaar.platform.persistence;

import java.sql.SQLException;

import io.vertx.pgclient.PgException;

/**
 * Recognises PostgreSQL constraint failures anywhere in a failure's causes (Hibernate Reactive reports them as
 * SQLExceptions, the plain reactive client as PgExceptions): the races a pre-check cannot close
 * become clear 409s instead of 500s.
 */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /** unique_violation (23505): the row already exists. */
    public static boolean isUniqueViolation(Throwable failure) {
        return hasSqlState(failure, "23505");
    }

    /** foreign_key_violation (23503): something still refers to the row, or the referred row is gone. */
    public static boolean isForeignKeyViolation(Throwable failure) {
        return hasSqlState(failure, "23503");
    }

    private static boolean hasSqlState(Throwable failure, String state) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg && state.equals(pg.getSqlState())
                    || t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
