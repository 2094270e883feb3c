package io.bazaar.catalog.category;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.product.Slugs;
import io.bazaar.platform.persistence.DatabaseErrors;
import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** The category tree: read by everyone, grown by platform admins. */
@ApplicationScoped
public class CategoryService {

    private final CategoryRepository categories;

    CategoryService(CategoryRepository categories) {
        this.categories = categories;
    }

    @WithSession
    public Uni<List<CategoryView>> tree() {
        return categories.all().map(CategoryService::toTree);
    }

    public Uni<CategoryView> add(CategoryInput input) {
        return Panache.withTransaction(() -> (input.parentId() == null ? Uni.createFrom().<Category>nullItem()
                : categories.findById(input.parentId())).chain(parent -> {
                    if (input.parentId() != null && parent == null) {
                        return Uni.createFrom().failure(ProblemException.invalid(new FieldError("parentId", "is not a known category")));
                    }
                    Category category = new Category();
                    category.parentId = input.parentId();
                    category.name = input.name().strip();
                    category.slug = Slugs.of(category.name);
                    category.path = "/";
                    return categories.persist(category).call(() -> categories.flush()).invoke(saved ->
                            saved.path = (parent == null ? "/" : parent.path) + saved.id + "/");
                }))
                .map(saved -> new CategoryView(saved.id, saved.name, saved.slug, List.of()))
                .onFailure(DatabaseErrors::isUniqueViolation).transform(e -> ProblemException.conflict("category-exists",
                        "The parent already has a category with this name."));
    }

    private static List<CategoryView> toTree(List<Category> all) {
        Map<Long, List<Category>> byParent = new HashMap<>();
        all.forEach(c -> byParent.computeIfAbsent(c.parentId == null ? 0L : c.parentId, k -> new ArrayList<>()).add(c));
        return children(0L, byParent);
    }

    private static List<CategoryView> children(Long parent, Map<Long, List<Category>> byParent) {
        return byParent.getOrDefault(parent, List.of()).stream()
                .map(c -> new CategoryView(c.id, c.name, c.slug, children(c.id, byParent))).toList();
    }
}
