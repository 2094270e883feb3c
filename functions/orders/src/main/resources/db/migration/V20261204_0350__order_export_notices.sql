-- The export-ready notices: the staff member who asked for an order export hears, by e-mail (or a text message to an
-- account with a phone only), that its file is ready, with the link to the console's exports page. Written in the
-- transaction that marks the export done, sent by the notifications job with retries (the platform's
-- io.bazaar.platform.outbox.MessageOutbox, as for the order notifications and the review notices).
create table order_export_notices (
    id              bigserial primary key,
    export_id       uuid         not null references order_exports (id) on delete cascade,
    channel         varchar(8)   not null,
    recipient       varchar(254) not null,
    subject         varchar(200) not null default '',
    body            text         not null,
    status          varchar(8)   not null default 'PENDING',
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(500),
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    constraint order_export_notices_status_known check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint order_export_notices_channel_known check (channel in ('EMAIL', 'SMS'))
);
create index order_export_notices_due on order_export_notices (next_attempt_at) where status = 'PENDING';
create index order_export_notices_of_export on order_export_notices (export_id);
