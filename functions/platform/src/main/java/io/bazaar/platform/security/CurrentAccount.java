package io.bazaar.platform.security;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

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
}
