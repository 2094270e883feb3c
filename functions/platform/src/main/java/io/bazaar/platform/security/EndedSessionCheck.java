package io.bazaar.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Refuses an access token whose sign-in session has ended, in every area: the check runs wherever a verified token
 * becomes the request's identity, so no resource needs code of its own. Tokens without a session id (none are
 * issued any more) pass; they expire within one access-token lifetime.
 */
@ApplicationScoped
public class EndedSessionCheck implements SecurityIdentityAugmentor {

    private final EndedSessions ended;

    EndedSessionCheck(EndedSessions ended) {
        this.ended = ended;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Object claim = token.getClaim(Claims.SESSION_ID);
        String sid = claim instanceof JsonString json ? json.getString() : claim == null ? null : claim.toString();
        if (sid == null || sid.isBlank()) {
            return Uni.createFrom().item(identity);
        }
        return ended.isEnded(sid).map(isEnded -> {
            if (isEnded) {
                throw new AuthenticationFailedException("the token's session has ended");
            }
            return identity;
        });
    }
}
