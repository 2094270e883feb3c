package io.bazaar.statistics.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * The {@link Visitor} of a request on a public endpoint (product pages, search), where the token is optional: the
 * identity is resolved without blocking, and a token that does not verify makes a guest here, never a failed page.
 */
@ApplicationScoped
public class Visitors {

    private final CurrentIdentityAssociation identities;

    Visitors(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    public Uni<Visitor> of(HttpHeaders headers) {
        return identities.getDeferredIdentity()
                .map(identity -> !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token
                        ? Visitor.accountOf(token.getSubject()) : null)
                .onFailure().recoverWithNull()
                .map(account -> Visitor.of(headers, account));
    }
}
