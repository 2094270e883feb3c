package io.bazaar.orders.export.rest;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.orders.export.service.ExportFormat;
import io.bazaar.orders.export.service.OrderExportService;
import io.bazaar.orders.order.rest.OrderQueryInput;
import io.bazaar.orders.order.service.OrderQuery;
import io.bazaar.platform.idempotency.IdempotencyKey;
import io.bazaar.platform.idempotency.IdempotentResult;
import io.bazaar.platform.paging.PageRequest;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.security.StaffAccess;
import io.smallrye.mutiny.Uni;

/** /api/merchant/order-exports: exports of the merchant's orders as CSV or XLSX, made in the background. */
@Path("/api/merchant/order-exports")
@Tag(name = "Merchant orders")
@RolesAllowed(Roles.MERCHANT_STAFF)
public class OrderExportResource {

    private final OrderExportService exports;
    private final StaffAccess staff;
    private final JsonWebToken token;

    OrderExportResource(OrderExportService exports, StaffAccess staff, JsonWebToken token) {
        this.exports = exports;
        this.staff = staff;
        this.token = token;
    }

    @POST
    @Operation(summary = "Export the orders the list shows with these filters (in the background; poll the export; "
            + "header Idempotency-Key)")
    @APIResponse(responseCode = "202", description = "The export, queued (a retry with the same Idempotency-Key answers "
            + "the same export, with Idempotent-Replayed: true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderExportView.class)))
    @APIResponse(responseCode = "400", description = "An unknown format, a filter that is not understood, or no "
            + "Idempotency-Key")
    @APIResponse(responseCode = "409", description = "Too many of the merchant's exports are on the way, or a request "
            + "with the same Idempotency-Key is running")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different export")
    public Uni<Response> create(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") NewExportRequest request) {
        UUID merchant = staff.merchantWith(StaffAccess.ORDERS);
        String key = IdempotencyKey.require(idempotencyKey);
        OrderQuery query = request.filter() == null ? OrderQuery.all() : request.filter().toQuery("filter.");
        ExportFormat format = ExportFormat.valueOf(request.format().strip().toUpperCase(Locale.ROOT));
        return exports.request(merchant, staffId(), key, format, query).map(IdempotentResult::accepted);
    }

    @GET
    @Operation(summary = "The merchant's exports, newest first")
    public Uni<List<OrderExportView>> list(@QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = "must be at least 1")
            @Max(value = PageRequest.MAX_SIZE, message = "must be at most " + PageRequest.MAX_SIZE) int limit) {
        return exports.list(staff.merchantWith(StaffAccess.ORDERS), limit)
                .map(list -> list.stream().map(e -> OrderExportView.of(e, exports.downloadUrl(e))).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One export: its state, progress and, when done, a short-lived download link")
    @APIResponse(responseCode = "200", description = "The export",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderExportView.class)))
    @APIResponse(responseCode = "404", description = "No such export among the merchant's")
    public Uni<OrderExportView> get(@PathParam("id") String id) {
        UUID merchant = staff.merchantWith(StaffAccess.ORDERS);
        return exports.get(merchant, exportId(id)).map(e -> OrderExportView.of(e, exports.downloadUrl(e)));
    }

    private UUID staffId() {
        try {
            return UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.unauthorized("invalid-token", "The token names no account.");
        }
    }

    /** A malformed id names no export: the same 404 as another merchant's. */
    private static UUID exportId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("export-not-found", "There is no such export.");
        }
    }

}
