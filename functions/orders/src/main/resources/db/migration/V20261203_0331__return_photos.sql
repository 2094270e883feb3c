-- Photos of a return (at most bazaar.orders.max-return-photos): uploaded by the shopper's browser straight to the private
-- return photos bucket with a presigned PUT, checked and attached when the return is asked for. Rows never attached are
-- removed, with their objects, after bazaar.orders.return-photo-pending-max-age.
create table order_return_photos (
    id           uuid primary key,
    account_id   uuid         not null,
    return_id    uuid references order_returns (id),
    object_key   varchar(200) not null,
    content_type varchar(20)  not null,
    size_bytes   bigint       not null check (size_bytes > 0),
    position     integer,
    created_at   timestamptz  not null,
    constraint order_return_photos_attached_has_position check ((return_id is null) = (position is null))
);
create index order_return_photos_by_return on order_return_photos (return_id, position);
create index order_return_photos_pending on order_return_photos (account_id, created_at) where return_id is null;
