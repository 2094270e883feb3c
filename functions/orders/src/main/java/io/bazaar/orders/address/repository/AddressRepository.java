package io.bazaar.orders.address.repository;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.bazaar.orders.address.rest.AddressInput;
import io.bazaar.orders.address.service.Address;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/** SQL of the addresses table. */
@ApplicationScoped
public class AddressRepository {

    private static final String COLUMNS =
            "id, account_id, name, phone, country, region, city, postal_code, line1, line2, created_at, updated_at";

    private final Pool pool;

    AddressRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Address>> listOf(UUID accountId) {
        return pool.preparedQuery("select " + COLUMNS + " from addresses where account_id = $1 order by created_at, id")
                .execute(Tuple.of(accountId)).map(AddressRepository::all);
    }

    public Uni<Address> find(UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from addresses where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : map(rows.iterator().next()));
    }

    public Uni<Long> countOf(UUID accountId) {
        return pool.preparedQuery("select count(*) from addresses where account_id = $1").execute(Tuple.of(accountId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Address> insert(Address address) {
        AddressInput f = address.fields();
        return pool.preparedQuery("insert into addresses (" + COLUMNS + ") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)")
                .execute(Tuple.from(List.of(address.id(), address.accountId(), f.name(), f.phone(), f.country(), f.region(),
                        f.city(), f.postalCode(), f.line1(), f.line2(), address.createdAt().atOffset(ZoneOffset.UTC),
                        address.updatedAt().atOffset(ZoneOffset.UTC))))
                .replaceWith(address);
    }

    public Uni<Address> update(Address address) {
        AddressInput f = address.fields();
        return pool.preparedQuery("update addresses set name = $2, phone = $3, country = $4, region = $5, city = $6, "
                + "postal_code = $7, line1 = $8, line2 = $9, updated_at = $10 where id = $1")
                .execute(Tuple.from(List.of(address.id(), f.name(), f.phone(), f.country(), f.region(), f.city(),
                        f.postalCode(), f.line1(), f.line2(), address.updatedAt().atOffset(ZoneOffset.UTC))))
                .replaceWith(address);
    }

    public Uni<Void> delete(UUID id) {
        return pool.preparedQuery("delete from addresses where id = $1").execute(Tuple.of(id)).replaceWithVoid();
    }

    private static List<Address> all(RowSet<Row> rows) {
        List<Address> list = new java.util.ArrayList<>();
        rows.forEach(row -> list.add(map(row)));
        return list;
    }

    private static Address map(Row row) {
        return new Address(row.getUUID("id"), row.getUUID("account_id"), new AddressInput(row.getString("name"),
                row.getString("phone"), row.getString("country"), row.getString("region"), row.getString("city"),
                row.getString("postal_code"), row.getString("line1"), row.getString("line2")),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant());
    }
}
