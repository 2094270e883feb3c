package io.bazaar.catalog.category;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The category tree. */
@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, Long> {

    public Uni<List<Category>> all() {
        return listAll(Sort.by("path").and("position"));
    }
}
