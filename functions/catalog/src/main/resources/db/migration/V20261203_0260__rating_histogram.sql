-- Ratings per star beside their count and sum, so a product page shows its histogram without counting reviews.
-- Written only by increments through io.bazaar.catalog.contract.ProductCounters.addRating (the reviews area adds a
-- published review's stars and takes them away again when it is edited, hidden or deleted), in the same statement
-- as rating_count and rating_sum: the histogram always adds up to the count.
alter table product_stats
    add column rating_1 integer not null default 0,
    add column rating_2 integer not null default 0,
    add column rating_3 integer not null default 0,
    add column rating_4 integer not null default 0,
    add column rating_5 integer not null default 0,
    add constraint product_stats_histogram_not_negative check (rating_1 >= 0 and rating_2 >= 0 and rating_3 >= 0
        and rating_4 >= 0 and rating_5 >= 0);

-- Until now nothing wrote ratings; a product whose counters do not match a histogram starts again from none.
update product_stats set rating_count = 0, rating_sum = 0 where rating_count <> 0 or rating_sum <> 0;

alter table product_stats add constraint product_stats_histogram_adds_up
    check (rating_count = rating_1 + rating_2 + rating_3 + rating_4 + rating_5
       and rating_sum = rating_1 + 2 * rating_2 + 3 * rating_3 + 4 * rating_4 + 5 * rating_5);

-- sort=rating: the average, then the count, of visible products (the search joins product_stats)
create index product_stats_by_rating on product_stats (
    (case when rating_count = 0 then null else rating_sum::numeric / rating_count end) desc nulls last,
    rating_count desc, product_id);
