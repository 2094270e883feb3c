package io.bazaar.identity.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.security.StaffAccess;
import io.smallrye.mutiny.Uni;

/**
 * /api/merchant/audit: what the shop's staff changed, for staff with the staff permission (owners). The parameters
 * are bound as text so that a malformed one is a 400 naming it.
 */
@Path("/api/merchant/audit")
@Tag(name = "Merchant audit log")
@RolesAllowed(Roles.MERCHANT_STAFF)
public class AuditResource {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 100;

    private final AuditService audit;
    private final StaffAccess staff;

    AuditResource(AuditService audit, StaffAccess staff) {
        this.audit = audit;
        this.staff = staff;
    }

    @GET
    @Operation(summary = "The staff audit log, newest first, keyset-paged; by staff member and by day (UTC)")
    public Uni<AuditPage> list(@Parameter(description = "Only this staff member's entries (account id)") @QueryParam("staff") String staffId,
            @Parameter(description = "From this day on (YYYY-MM-DD, UTC)") @QueryParam("from") String from,
            @Parameter(description = "Up to the end of this day (YYYY-MM-DD, UTC)") @QueryParam("to") String to,
            @Parameter(description = "The nextCursor of the page before") @QueryParam("cursor") String cursor,
            @Parameter(description = "1 to 100, default 50") @QueryParam("size") String size) {
        UUID merchantId = staff.merchantWith(StaffAccess.STAFF);
        List<FieldError> errors = new ArrayList<>();
        UUID account = null;
        if (staffId != null && !staffId.isBlank()) {
            try {
                account = UUID.fromString(staffId.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("staff", "must be an account id"));
            }
        }
        LocalDate fromDay = day("from", from, errors);
        LocalDate toDay = day("to", to, errors);
        int pageSize = DEFAULT_SIZE;
        if (size != null && !size.isBlank()) {
            try {
                pageSize = Integer.parseInt(size.strip());
                if (pageSize < 1 || pageSize > MAX_SIZE) {
                    errors.add(new FieldError("size", "must be 1 to " + MAX_SIZE));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("size", "must be a whole number from 1 to " + MAX_SIZE));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.toArray(FieldError[]::new));
        }
        return audit.read(merchantId, account, fromDay, toDay, cursor == null || cursor.isBlank() ? null : cursor.strip(),
                pageSize);
    }

    private static LocalDate day(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date YYYY-MM-DD"));
            return null;
        }
    }
}
