package io.bazaar.statistics.report.rest;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.bazaar.platform.problem.ProblemException;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.security.StaffAccess;
import io.bazaar.platform.security.StaffPermission;

/**
 * Whose figures the caller may read: a platform admin any shop's or all shops' together; a merchant's staff with the
 * statistics permission their own shop's only.
 */
@RequestScoped
public class StatisticsReaders {

    private final JsonWebToken token;
    private final StaffAccess staff;

    StatisticsReaders(JsonWebToken token, StaffAccess staff) {
        this.token = token;
        this.staff = staff;
    }

    /** Fails with 401/403 unless the caller may read statistics at all. */
    void check() {
        if (!admin()) {
            staff.merchantWith(StaffPermission.STATISTICS);
        }
    }

    /** The shop the report is of (null: all shops, for an admin who named none); 403 for another shop's staff. */
    UUID shop(UUID asked) {
        if (admin()) {
            return asked;
        }
        UUID own = staff.merchantWith(StaffPermission.STATISTICS);
        if (asked != null && !asked.equals(own)) {
            throw ProblemException.forbidden("not-your-shop", "You may read only your own shop's statistics.");
        }
        return own;
    }

    private boolean admin() {
        return token.getGroups() != null && token.getGroups().contains(Roles.PLATFORM_ADMIN);
    }
}
