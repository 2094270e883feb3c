package io.bazaar.catalog.category;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.bazaar.platform.security.Roles;
import io.smallrye.mutiny.Uni;

/** GET /api/catalog/categories (everyone) and POST /api/admin/categories (platform admins). */
@Path("/api")
@Tag(name = "Categories")
public class CategoryResource {

    private final CategoryService categories;

    CategoryResource(CategoryService categories) {
        this.categories = categories;
    }

    @GET
    @Path("/catalog/categories")
    @PermitAll
    @Operation(summary = "The category tree")
    public Uni<List<CategoryView>> tree() {
        return categories.tree();
    }

    @POST
    @Path("/admin/categories")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Add a category")
    @APIResponse(responseCode = "201",
            description = "The new category",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CategoryView.class)))
    @APIResponse(responseCode = "409", description = "The parent already has a category with this name")
    public Uni<Response> add(@Valid @NotNull(message = "a JSON body is required") CategoryInput input) {
        return categories.add(input).map(view -> Response.status(201).entity(view).build());
    }
}
