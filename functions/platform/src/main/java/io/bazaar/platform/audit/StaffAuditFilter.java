package io.bazaar.platform.audit;

import java.lang.reflect.Method;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.json.JsonString;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.bazaar.platform.security.Claims;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.web.ClientAddress;
import io.bazaar.platform.web.RequestIds;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Writes every successful change a merchant's staff member makes in the merchant centre to the staff audit log, for
 * every area at once: a request that is not a read (GET, HEAD, OPTIONS), answered 2xx, under {@value #MERCHANT_CENTRE},
 * with a merchant-staff token. The answer waits for the entry (one PutItem), so a change the client sees is in the
 * log; when the write fails the answer stays the success it was (the change is committed) and the whole entry is
 * logged as {@code staff-audit-write-failed}: see docs/decisions/staff-audit.md.
 */
public class StaffAuditFilter {

    /** Where the merchant centre's endpoints live, in every area. */
    public static final String MERCHANT_CENTRE = "/api/merchant";
    private static final Logger LOG = Logger.getLogger(StaffAuditFilter.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final StaffAuditLog log;
    private final ClientAddress addresses;
    private final AuditConfig config;
    private final Clock clock;

    StaffAuditFilter(StaffAuditLog log, ClientAddress addresses, AuditConfig config, Clock clock) {
        this.log = log;
        this.addresses = addresses;
        this.config = config;
        this.clock = clock;
    }

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource,
            HttpServerRequest http) {
        AuditEntry entry = entryOrNull(request, response, resource, http);
        if (entry == null) {
            return Uni.createFrom().voidItem();
        }
        return log.record(entry).onFailure().recoverWithItem(failure -> {
            LOG.errorf(failure, "staff-audit-write-failed %s", entry);
            return null;
        });
    }

    private AuditEntry entryOrNull(ContainerRequestContext request, ContainerResponseContext response,
            ResourceInfo resource, HttpServerRequest http) {
        int status = response.getStatus();
        if (READS.contains(request.getMethod()) || status < 200 || status > 299 || resource == null
                || resource.getResourceMethod() == null) {
            return null;
        }
        String route = routeOf(resource);
        if (!route.equals(MERCHANT_CENTRE) && !route.startsWith(MERCHANT_CENTRE + "/")) {
            return null;
        }
        var security = request.getSecurityContext();
        if (security == null || !(security.getUserPrincipal() instanceof JsonWebToken token)
                || !security.isUserInRole(Roles.MERCHANT_STAFF) || token.getSubject() == null) {
            return null;
        }
        String merchant = text(token.getClaim(Claims.MERCHANT_ID));
        if (merchant == null) {
            return null;
        }
        Map<String, String> targets = new LinkedHashMap<>();
        request.getUriInfo().getPathParameters().forEach((name, values) -> targets.put(name, String.join(",", values)));
        Object requestId = request.getProperty(RequestIds.MDC_KEY);
        String agent = request.getHeaderString(HttpHeaders.USER_AGENT);
        if (agent != null && agent.length() > config.maxUserAgent()) {
            agent = agent.substring(0, config.maxUserAgent());
        }
        Method method = resource.getResourceMethod();
        return new AuditEntry(UUID.fromString(merchant), UUID.fromString(token.getSubject()), clock.instant(),
                requestId == null ? UUID.randomUUID().toString() : requestId.toString(), request.getMethod(), route,
                resource.getResourceClass().getSimpleName() + "." + method.getName(), targets, status,
                addresses.of(http), agent);
    }

    /** The route template: the class's @Path and the method's, as declared (e.g. /api/merchant/orders/{number}/ship). */
    static String routeOf(ResourceInfo resource) {
        Path classPath = resource.getResourceClass().getAnnotation(Path.class);
        Path methodPath = resource.getResourceMethod().getAnnotation(Path.class);
        String route = (classPath == null ? "" : "/" + classPath.value()) + (methodPath == null ? "" : "/" + methodPath.value());
        // a parameter's regular expression is left out: {kind: brands|tags} is recorded as {kind}
        route = route.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/{2,}", "/");
        return route.length() > 1 && route.endsWith("/") ? route.substring(0, route.length() - 1) : route;
    }

    private static String text(Object claim) {
        if (claim == null) {
            return null;
        }
        return claim instanceof JsonString json ? json.getString() : claim.toString();
    }
}
