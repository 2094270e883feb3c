package io.bazaar.identity.session;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.security.CurrentAccount;
import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** /api/me/sessions: the person's signed-in sessions; ending one stops its refresh and access tokens at once. */
@Path("/api/me/sessions")
@Tag(name = "Security")
@RolesAllowed(Roles.CUSTOMER)
public class MySessionsResource {

    private final SessionService sessions;
    private final SignedInResponses signedIn;
    private final CurrentAccount current;

    MySessionsResource(SessionService sessions, SignedInResponses signedIn, CurrentAccount current) {
        this.sessions = sessions;
        this.signedIn = signedIn;
        this.current = current;
    }

    @GET
    @Operation(summary = "The account's live sessions, most recently used first; the one of this token is current")
    public Uni<List<SessionView>> list() {
        return sessions.list(current.id(), current.sessionId());
    }

    @DELETE
    @Path("/{sessionId}")
    @Operation(summary = "Sign out one session (this one too, if named)")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Uni<Response> end(@PathParam("sessionId") String sessionId, @Context HttpServerRequest http) {
        boolean thisOne = sessionId.equals(current.sessionId());
        return sessions.end(current.id(), sessionId)
                .map(done -> thisOne ? signedIn.signedOut(http) : Response.noContent().build());
    }

    @DELETE
    @Path("/others")
    @Operation(summary = "Sign out every other session; this one goes on")
    @APIResponse(responseCode = "204", description = "The other sessions are signed out")
    public Uni<Response> endOthers() {
        return sessions.endAll(current.id(), current.sessionId()).map(done -> Response.noContent().build());
    }

    @DELETE
    @Operation(summary = "Sign out every session, this one included (its cookies are cleared)")
    @APIResponse(responseCode = "204", description = "Every session is signed out")
    public Uni<Response> endAll(@Context HttpServerRequest http) {
        return sessions.endAll(current.id(), null).map(done -> signedIn.signedOut(http));
    }
}
