package io.bazaar.members.favourite.pricedrop;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.catalog.contract.ProductCard;
import io.bazaar.catalog.contract.ProductCards;
import io.bazaar.members.MembersConfig;
import io.bazaar.members.contract.Inbox;
import io.bazaar.members.contract.InboxKind;
import io.bazaar.members.contract.InboxMessage;
import io.bazaar.members.favourite.repository.FavouriteRepository;
import io.bazaar.members.favourite.service.PriceDrop;
import io.bazaar.members.settings.repository.SettingsRepository;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Compares favourited products with today's prices (through the catalog contract) and tells each shopper once when a
 * favourite gets cheaper than the price noted for them: noted when they favourited it, and again with every notice, so
 * the same drop is never told twice; only products for sale and in stock count. The notice (and its e-mail, for
 * shoppers who opted in) is posted in the transaction that notes the new price.
 */
@ApplicationScoped
public class PriceDropWatch {

    static final String KEY = "favourite.priceDropped";

    private final FavouriteRepository favourites;
    private final ProductCards cards;
    private final SettingsRepository settings;
    private final Inbox inbox;
    private final Pool pool;
    private final MembersConfig config;
    private final Clock clock;

    PriceDropWatch(FavouriteRepository favourites, ProductCards cards, SettingsRepository settings, Inbox inbox, Pool pool,
            MembersConfig config, Clock clock) {
        this.favourites = favourites;
        this.cards = cards;
        this.settings = settings;
        this.inbox = inbox;
        this.pool = pool;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${bazaar.members.price-drops-every:15m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        return run().replaceWithVoid();
    }

    /** One pass over every favourited product; completes with how many notices went out. */
    public Uni<Integer> run() {
        return pass(null, clock.instant());
    }

    private Uni<Integer> pass(UUID after, Instant now) {
        return favourites.favouritedProductsAfter(after, config.priceDropBatch()).chain(ids -> {
            if (ids.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            return cards.find(ids).chain(found -> Multi.createFrom().iterable(ids).onItem()
                    .transformToUniAndConcatenate(id -> check(found.get(id), now)).collect().asList())
                    .map(counts -> counts.stream().mapToInt(Integer::intValue).sum())
                    .chain(sent -> ids.size() < config.priceDropBatch() ? Uni.createFrom().item(sent)
                            : pass(ids.get(ids.size() - 1), now).map(more -> sent + more));
        });
    }

    private Uni<Integer> check(ProductCard card, Instant now) {
        if (card == null || !card.buyable() || card.lowestPriceMinor() == null) {
            return Uni.createFrom().item(0);
        }
        long price = card.lowestPriceMinor();
        return pool.withTransaction(tx -> favourites.takeDrops(tx, card.id(), card.currency(), price, now)
                .chain(drops -> drops.isEmpty() ? Uni.createFrom().item(0)
                        : settings.priceDropEmails(tx, drops.stream().map(PriceDrop::accountId).toList())
                                .chain(emails -> Multi.createFrom().iterable(drops).onItem()
                                        .transformToUniAndConcatenate(drop -> inbox.post(tx, notice(card, price, drop, emails)))
                                        .collect().asList().map(List::size))));
    }

    private static InboxMessage notice(ProductCard card, long price, PriceDrop drop, Map<UUID, String> emails) {
        InboxMessage message = InboxMessage.of(drop.accountId(), InboxKind.PRICE_DROP, KEY,
                Map.of("product", card.name().length() > 200 ? card.name().substring(0, 200) : card.name(),
                        "productId", card.id().toString(), "priceMinor", Long.toString(price),
                        "wasMinor", Long.toString(drop.wasMinor()), "currency", card.currency()),
                "/product/" + card.id());
        String email = emails.get(drop.accountId());
        return email == null ? message : message.alsoByEmail(email);
    }
}
