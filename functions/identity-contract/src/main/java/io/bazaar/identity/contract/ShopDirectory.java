package io.bazaar.identity.contract;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.bazaar.platform.aws.AwsConfig;
import io.bazaar.platform.image.ImageObjects;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What other areas may know of merchants' shops, written once: their names, and their public cards (name, logo,
 * description, service hours) from identity's merchants and shop_profiles tables. Reads only; unknown merchant ids
 * are left out of the answers. A shop that never saved its profile has a card with its name and nothing else.
 */
@ApplicationScoped
public class ShopDirectory {

    /** A shop's time zone until its staff choose one (identity's column default). */
    public static final String DEFAULT_TIME_ZONE = "UTC";

    private static final String NAMES = "select id, name from merchants where id = any($1)";
    private static final String CARDS = "select m.id, m.name, p.logo_key, p.description, p.service_hours, p.time_zone "
            + "from merchants m left join shop_profiles p on p.merchant_id = m.id where m.id = any($1)";

    private final String logoBase;

    /** Logos are stored in identity's images bucket (the avatars bucket) and served like avatars. */
    ShopDirectory(@ConfigProperty(name = "bazaar.identity.avatars.bucket", defaultValue = "bazaar-avatars") String bucket,
            @ConfigProperty(name = "bazaar.identity.avatars.base-url") Optional<String> baseUrl, AwsConfig aws) {
        this.logoBase = ImageObjects.publicBaseUrl(baseUrl, bucket, aws);
    }

    /** The names of the known merchants among these ids. */
    public Uni<Map<UUID, String>> names(SqlClient client, Collection<UUID> merchantIds) {
        if (merchantIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return client.preparedQuery(NAMES).execute(Tuple.of((Object) merchantIds.toArray(UUID[]::new))).map(rows -> {
            Map<UUID, String> names = new HashMap<>();
            rows.forEach(row -> names.put(row.getUUID("id"), row.getString("name")));
            return names;
        });
    }

    /** The public cards of the known merchants among these ids. */
    public Uni<Map<UUID, ShopCard>> cards(SqlClient client, Collection<UUID> merchantIds) {
        if (merchantIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return client.preparedQuery(CARDS).execute(Tuple.of((Object) merchantIds.toArray(UUID[]::new))).map(rows -> {
            Map<UUID, ShopCard> cards = new HashMap<>();
            rows.forEach(row -> cards.put(row.getUUID("id"), card(row)));
            return cards;
        });
    }

    /** The public URL of a logo's object key (identity's own profile answers use the same rule). */
    public String logoUrl(String objectKey) {
        return logoBase + "/" + objectKey;
    }

    private ShopCard card(Row row) {
        String logo = row.getString("logo_key");
        String description = row.getString("description");
        String zone = row.getString("time_zone");
        return new ShopCard(row.getUUID("id"), row.getString("name"), Optional.ofNullable(logo).map(this::logoUrl),
                description == null ? "" : description, ServiceHours.parse(row.getString("service_hours")),
                zone == null ? DEFAULT_TIME_ZONE : zone);
    }
}
