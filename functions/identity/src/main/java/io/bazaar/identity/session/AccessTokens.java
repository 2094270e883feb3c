package io.bazaar.identity.session;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.identity.IdentityConfig;
import io.bazaar.identity.account.Account;
import io.bazaar.platform.security.StaffPermission;
import io.bazaar.identity.merchant.StaffMember;
import io.bazaar.platform.security.Claims;
import io.bazaar.platform.security.Roles;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Signs short-lived access tokens (RS256) that every area verifies with the public key alone. */
@ApplicationScoped
public class AccessTokens {

    private final IdentityConfig config;

    AccessTokens(IdentityConfig config) {
        this.config = config;
    }

    /**
     * A token for the account as it is now, in the given sign-in session: groups and claims say what it may do until
     * the token expires or the session ends ({@code sid}, checked by every area).
     */
    public String issue(Account account, StaffMember staffOrNull, String sessionId) {
        Set<String> groups = new HashSet<>();
        groups.add(Roles.CUSTOMER);
        if (account.isActive()) {
            groups.add(Roles.BUYER);
        }
        if (account.platformAdmin) {
            groups.add(Roles.PLATFORM_ADMIN);
        }
        JwtClaimsBuilder claims = Jwt.subject(account.id.toString())
                .upn(account.login())
                .claim(Claims.ACTIVATED, account.isActive())
                .claim(Claims.VERIFIED, account.isRealNameVerified())
                .claim(Claims.SESSION_ID, sessionId)
                .expiresIn(config.accessTokenTtl());
        if (staffOrNull != null) {
            groups.add(Roles.MERCHANT_STAFF);
            claims.claim(Claims.MERCHANT_ID, staffOrNull.merchantId.toString())
                    .claim(Claims.PERMISSIONS, held(staffOrNull).stream().map(StaffPermission::claim).sorted().toList());
        }
        return claims.groups(groups).sign();
    }

    /** What the staff member may do: an owner holds every permission, also ones added after the membership was made. */
    static Set<StaffPermission> held(StaffMember staff) {
        return staff.owner ? EnumSet.allOf(StaffPermission.class) : staff.permissions;
    }
}
