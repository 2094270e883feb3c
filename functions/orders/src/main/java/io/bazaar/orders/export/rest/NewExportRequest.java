package io.bazaar.orders.export.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.bazaar.orders.order.rest.OrderQueryInput;

/** An export of the orders the list shows with these filters and sort, as CSV or XLSX. */
public record NewExportRequest(
        @NotBlank(message = "is required") @Pattern(regexp = "(?i)csv|xlsx", message = "must be CSV or XLSX")
        @Schema(description = "CSV or XLSX", enumeration = { "CSV", "XLSX" }) String format,
        @Schema(nullable = true, description = "The list's filters and sort; absent: every order, newest first")
        OrderQueryInput filter) {
}
