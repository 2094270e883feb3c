package io.bazaar.members.device.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.members.device.service.Device;
import io.bazaar.members.device.service.DevicePlatform;
import io.bazaar.platform.crypto.Sha256;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of push_devices. */
@ApplicationScoped
public class DeviceRepository {

    private static final String COLUMNS = "id, account_id, platform, token, endpoint_arn, enabled, created_at, updated_at";

    private final Pool pool;

    DeviceRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Stores the device, or takes over the row of the same token (registered again, or by whoever signs in on that phone
     * now): one row per token, owned by the last account that registered it.
     */
    public Uni<Device> upsert(Device device) {
        return pool.preparedQuery("insert into push_devices (" + COLUMNS + ", token_hash) values ($1, $2, $3, $4, $5, true, $6, $6, $7) "
                + "on conflict (platform, token_hash) do update set account_id = excluded.account_id, "
                + "endpoint_arn = coalesce(excluded.endpoint_arn, push_devices.endpoint_arn), enabled = true, "
                + "updated_at = excluded.updated_at returning " + COLUMNS)
                .execute(Tuple.tuple().addUUID(device.id()).addUUID(device.accountId()).addString(device.platform().name())
                        .addString(device.token()).addString(device.endpointArn())
                        .addOffsetDateTime(device.createdAt().atOffset(ZoneOffset.UTC))
                        .addString(Sha256.hex(device.platform().name() + ":" + device.token())))
                .map(rows -> map(rows.iterator().next()));
    }

    public Uni<Device> find(UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from push_devices where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    public Uni<List<Device>> ofAccount(UUID accountId) {
        return pool.preparedQuery("select " + COLUMNS + " from push_devices where account_id = $1 order by created_at, id")
                .execute(Tuple.of(accountId)).map(rows -> {
                    List<Device> list = new ArrayList<>();
                    rows.forEach(row -> list.add(map(row)));
                    return list;
                });
    }

    public Uni<Long> countOf(UUID accountId) {
        return pool.preparedQuery("select count(*) from push_devices where account_id = $1").execute(Tuple.of(accountId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Void> delete(UUID id) {
        return pool.preparedQuery("delete from push_devices where id = $1").execute(Tuple.of(id)).replaceWithVoid();
    }

    /** SNS said the endpoint no longer takes pushes: stop trying until the app registers the token again. */
    public Uni<Void> disable(UUID id, Instant at) {
        return pool.preparedQuery("update push_devices set enabled = false, updated_at = $2 where id = $1")
                .execute(Tuple.of(id, at.atOffset(ZoneOffset.UTC))).replaceWithVoid();
    }

    private static Device map(Row row) {
        return new Device(row.getUUID("id"), row.getUUID("account_id"), DevicePlatform.valueOf(row.getString("platform")),
                row.getString("token"), row.getString("endpoint_arn"), row.getBoolean("enabled"),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant());
    }
}
