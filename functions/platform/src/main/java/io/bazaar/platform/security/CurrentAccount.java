package io.bazaar.platform.security;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.bazaar.platform.problem.ProblemException;

/** The account behind the request's verified access token. */
@RequestScoped
public class CurrentAccount {

    private final JsonWebToken token;

    CurrentAccount(JsonWebToken token) {
        this.token = token;
    }

    /** The account id (the token's subject); 401 when the request carries no valid token. */
    public UUID id() {
        String subject = token.getSubject();
        if (subject == null) {
            throw ProblemException.unauthorized("unauthenticated", "A valid access token is required.");
        }
        return UUID.fromString(subject);
    }

    /** The sign-in session the token belongs to (its {@code sid} claim), or null for a token without one. */
    public String sessionId() {
        Object claim = token.getClaim(Claims.SESSION_ID);
        if (claim instanceof JsonString json) {
            return json.getString();
        }
        return claim == null ? null : claim.toString();
    }

    /** Whether the token says the shopper's real name is verified (member benefits); false without the claim. */
    public boolean verified() {
        Object claim = token.getClaim(Claims.VERIFIED);
        return claim instanceof Boolean b ? b : JsonValue.TRUE.equals(claim);
    }
}
