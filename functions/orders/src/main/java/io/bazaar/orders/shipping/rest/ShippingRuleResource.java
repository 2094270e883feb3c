package io.bazaar.orders.shipping.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.orders.shipping.service.ShippingRule;
import io.bazaar.orders.shipping.service.ShippingRuleService;
import io.bazaar.platform.security.Roles;
import io.bazaar.platform.security.StaffAccess;
import io.smallrye.mutiny.Uni;

/** /api/merchant/shipping-rule: the merchant's own shipping fees (staff with the "settings" permission). */
@Path("/api/merchant/shipping-rule")
@Tag(name = "Shipping")
@RolesAllowed(Roles.MERCHANT_STAFF)
public class ShippingRuleResource {

    private final ShippingRuleService rules;
    private final StaffAccess staff;

    ShippingRuleResource(ShippingRuleService rules, StaffAccess staff) {
        this.rules = rules;
        this.staff = staff;
    }

    @GET
    @Operation(summary = "The merchant's shipping rule (the default rule when none is set)")
    public Uni<ShippingRule> get() {
        return rules.ruleOf(staff.merchantWith(StaffAccess.SETTINGS));
    }

    @PUT
    @Operation(summary = "Replace the merchant's shipping rule")
    public Uni<ShippingRule> put(@Valid @NotNull(message = "a JSON body is required") ShippingRuleInput input) {
        return rules.save(staff.merchantWith(StaffAccess.SETTINGS), input);
    }
}
