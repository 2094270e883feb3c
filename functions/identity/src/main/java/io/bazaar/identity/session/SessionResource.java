package io.bazaar.identity.session;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.problem.ProblemException;
import io.bazaar.platform.web.ClientAddress;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** /api/auth/login, /refresh, /logout. */
@Path("/api/auth")
@Tag(name = "Sessions")
public class SessionResource {

    private final SessionService sessions;
    private final SignedInResponses signedIn;
    private final ClientAddress clientAddress;

    SessionResource(SessionService sessions, SignedInResponses signedIn, ClientAddress clientAddress) {
        this.sessions = sessions;
        this.signedIn = signedIn;
        this.clientAddress = clientAddress;
    }

    @POST
    @Path("/login")
    @Operation(summary = "Sign in with email or phone and password")
    @APIResponse(responseCode = "200",
            description = "Signed in; the refresh token is also set as an HttpOnly cookie",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "The login or the password is wrong")
    @APIResponse(responseCode = "403", description = "The account is disabled")
    @APIResponse(responseCode = "429", description = "Too many sign-in attempts")
    public Uni<Response> login(@Valid @NotNull(message = "a JSON body is required") LoginRequest request,
            @Context HttpServerRequest http) {
        String address = clientAddress.of(http);
        return sessions.login(request.login(), request.password(), address, SessionDevice.of(http, address))
                .map(session -> signedIn.ok(signedIn.tokens(session), session, http));
    }

    @POST
    @Path("/refresh")
    @Operation(summary = "Exchange a refresh token for new tokens (the old refresh token stops working)")
    @APIResponse(responseCode = "200",
            description = "New tokens",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401",
            description = "The refresh token is missing, unknown, expired, revoked or was already used")
    public Uni<Response> refresh(@Valid RefreshRequest request, @CookieParam(SessionCookies.REFRESH) String cookie,
            @Context HttpServerRequest http) {
        return sessions.refresh(refreshToken(request, cookie)).map(session -> signedIn.ok(signedIn.tokens(session), session, http));
    }

    @POST
    @Path("/logout")
    @Operation(summary = "Sign out: the refresh token and its whole family stop working")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Uni<Response> logout(@Valid RefreshRequest request, @CookieParam(SessionCookies.REFRESH) String cookie,
            @Context HttpServerRequest http) {
        String token = request != null && request.refreshToken() != null ? request.refreshToken() : cookie;
        Uni<Void> revoked = token == null || token.isBlank() ? Uni.createFrom().voidItem() : sessions.logout(token);
        return revoked.map(done -> signedIn.signedOut(http));
    }

    private static String refreshToken(RefreshRequest request, String cookie) {
        String token = request != null && request.refreshToken() != null ? request.refreshToken() : cookie;
        if (token == null || token.isBlank()) {
            throw ProblemException.unauthorized("invalid-refresh-token", "A refresh token is required, in the body or the bazaar_refresh cookie.");
        }
        return token;
    }
}
