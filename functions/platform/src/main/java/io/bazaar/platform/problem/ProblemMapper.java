package io.bazaar.platform.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.bazaar.platform.web.RequestIds;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** The one place where failures become RFC 9457 problem+json: clients never see a stack trace. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response domain(ProblemException e) {
        Response response = respond(e.status(), e.type(), e.title(), e.getMessage(), e.errors());
        if (e.retryAfter() != null) {
            // whole seconds, rounded up, at least 1 (RFC 9110 delay-seconds)
            long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
            response.getHeaders().putSingle("Retry-After", Long.toString(seconds));
        }
        return response;
    }

    @ServerExceptionMapper
    public Response invalidRequest(ResteasyReactiveViolationException e) {
        return invalid(e);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return respond(400, "validation", "Invalid input", "One or more fields are invalid.", errors);
    }

    @ServerExceptionMapper
    public Response unreadableJson(MismatchedInputException e) {
        String field = e.getPath().stream().map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                .reduce((a, b) -> a + "." + b).orElse("");
        List<FieldError> errors = field.isEmpty() ? List.of() : List.of(new FieldError(field, "has the wrong type"));
        return respond(400, "malformed-body", "Malformed request body", "The body does not match the expected JSON shape.",
                errors);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return respond(400, "malformed-body", "Malformed request body", "The body is not valid JSON.", List.of());
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return notAuthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return notAuthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(403, "forbidden", "Forbidden", "You may not do this.", List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            return unreadableJson(mismatch);
        }
        if (e.getCause() instanceof JsonProcessingException) {
            return malformedJson((JsonProcessingException) e.getCause());
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request failed" : known.getReasonPhrase();
        String type = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return respond(status, type, title, title + ".", List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.errorf(e, "Unexpected failure, request %s", MDC.get(RequestIds.MDC_KEY));
        return respond(500, "internal", "Internal error",
                "Something went wrong on our side. Quote the request id when reporting it.", List.of());
    }

    private static Response notAuthenticated() {
        return respond(401, "unauthenticated", "Not authenticated", "A valid access token is required.", List.of());
    }

    private static Response respond(int status, String type, String title, String detail, List<FieldError> errors) {
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        Problem body = new Problem(Problem.TYPE_BASE + type, title, status, detail, null,
                requestId == null ? null : requestId.toString(), errors);
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
        if (status == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }

    /**
     * Body fields are named by their property path with list indexes ("skus[0].priceMinor"); query and path
     * parameters by the parameter's name.
     */
    private static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder properties = new StringBuilder();
        String parameter = "";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable() && !properties.isEmpty()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                properties.append('[').append(position == null ? "" : position).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                properties.append(properties.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return properties.isEmpty() ? parameter : properties.toString();
    }
}
