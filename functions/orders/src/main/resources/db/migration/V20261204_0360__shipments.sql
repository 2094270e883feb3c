-- Shipments: the parcels of an order, each with its carrier, tracking number, the units of the order's lines it carries
-- and the carrier's tracking events. An order may ship in several parcels; it becomes SHIPPED when nothing is left to
-- ship (docs/decisions/shipments.md). orders.carrier/tracking_number keep the latest parcel's, for the message and
-- the export; the order query matches any parcel.
create table shipments (
    id              uuid primary key,
    order_number    varchar(24)  not null references orders (number) on delete cascade,
    merchant_id     uuid         not null,
    carrier         varchar(60)  not null,
    tracking_number varchar(80)  not null,
    created_at      timestamptz  not null,
    created_by      varchar(80)  not null
);
create index shipments_by_order on shipments (order_number, created_at);
-- the carrier's webhook finds parcels by carrier and tracking number; the order query by either, within a merchant
create index shipments_by_tracking on shipments (tracking_number, lower(carrier));
create index shipments_merchant_carrier on shipments (merchant_id, lower(carrier));

create table shipment_lines (
    shipment_id  uuid        not null references shipments (id) on delete cascade,
    order_number varchar(24) not null,
    line_no      integer     not null,
    quantity     integer     not null check (quantity > 0),
    primary key (shipment_id, line_no),
    foreign key (order_number, line_no) references order_lines (order_number, line_no) on delete cascade
);
create index shipment_lines_by_order on shipment_lines (order_number, line_no);

-- A tracking event, by the carrier's webhook (with the carrier's event id, recorded once) or by staff (with the
-- request's Idempotency-Key when given). The timeline is read by occurred_at, whatever order events arrive in.
create table shipment_events (
    id          bigserial primary key,
    shipment_id uuid         not null references shipments (id) on delete cascade,
    status      varchar(20)  not null,
    description varchar(200),
    location    varchar(120),
    occurred_at timestamptz  not null,
    source      varchar(80)  not null,
    event_key   varchar(120),
    recorded_at timestamptz  not null,
    constraint shipment_events_status_known check (status in
        ('IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION')),
    constraint shipment_events_once unique (shipment_id, event_key)
);
create index shipment_events_by_shipment on shipment_events (shipment_id, occurred_at, id);

-- orders shipped before shipments existed: one parcel with all their units, so every order reads the same way
insert into shipments (id, order_number, merchant_id, carrier, tracking_number, created_at, created_by)
select gen_random_uuid(), number, merchant_id, carrier, tracking_number, coalesce(shipped_at, updated_at), 'migration'
from orders where carrier is not null and tracking_number is not null;
insert into shipment_lines (shipment_id, order_number, line_no, quantity)
select s.id, l.order_number, l.line_no, l.quantity
from shipments s join order_lines l on l.order_number = s.order_number where s.created_by = 'migration';
