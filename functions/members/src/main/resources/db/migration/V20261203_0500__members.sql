-- Members (issue 13): favourites, the in-app inbox with its delivery outbox (push, e-mail), push devices and
-- notification settings. No foreign keys into other areas' tables (accounts, products): each area owns its schema;
-- the catalog is read through io.bazaar.catalog.contract.

-- noted_price_minor: the lowest price when the product was favourited, or when its last price-drop notice went out;
-- a notice goes out only when the price falls below it (so never twice for the same drop)
create table favourite_products (
    account_id        uuid        not null,
    product_id        uuid        not null,
    merchant_id       uuid        not null,
    noted_price_minor bigint,
    currency          char(3)     not null,
    created_at        timestamptz not null,
    notified_at       timestamptz,
    primary key (account_id, product_id)
);
create index favourite_products_newest on favourite_products (account_id, created_at desc, product_id);
create index favourite_products_by_product on favourite_products (product_id);

-- a shop is a merchant id
create table favourite_shops (
    account_id  uuid        not null,
    merchant_id uuid        not null,
    created_at  timestamptz not null,
    primary key (account_id, merchant_id)
);
create index favourite_shops_newest on favourite_shops (account_id, created_at desc, merchant_id);

-- in-app notifications: a message key with its parameters, which the client words in the reader's language
create table member_notifications (
    id          uuid primary key,
    account_id  uuid         not null,
    kind        varchar(16)  not null,
    message_key varchar(80)  not null,
    params      jsonb        not null default '{}',
    link        varchar(300),
    created_at  timestamptz  not null,
    read_at     timestamptz,
    constraint member_notifications_kind_known check (kind in
        ('ORDER', 'RETURN', 'REVIEW_REPLY', 'MESSAGE', 'PRICE_DROP', 'SYSTEM'))
);
create index member_notifications_newest on member_notifications (account_id, created_at desc, id desc);
create index member_notifications_unread on member_notifications (account_id) where read_at is null;

-- the outbox of each notification's push (to every device of the account) and e-mail, written with the notification
-- and sent after the commit by a job with retries: a failing push never loses or undoes the notification
create table notification_deliveries (
    id              bigserial primary key,
    notification_id uuid         not null references member_notifications (id) on delete cascade,
    channel         varchar(8)   not null,
    recipient       varchar(254),
    status          varchar(10)  not null default 'PENDING',
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(500),
    sent_at         timestamptz,
    constraint notification_deliveries_channel_known check (channel in ('PUSH', 'EMAIL')),
    constraint notification_deliveries_status_known check (status in ('PENDING', 'SENT', 'RECORDED', 'FAILED')),
    constraint notification_deliveries_email_has_recipient check (channel <> 'EMAIL' or recipient is not null)
);
create index notification_deliveries_due on notification_deliveries (next_attempt_at) where status = 'PENDING';
create index notification_deliveries_by_notification on notification_deliveries (notification_id);

-- mobile devices; endpoint_arn is the SNS platform endpoint (null where no platform application is configured);
-- a token belongs to one account at a time (the last one that registered it)
create table push_devices (
    id           uuid primary key,
    account_id   uuid          not null,
    platform     varchar(8)    not null,
    token        varchar(4096) not null,
    token_hash   char(64)      not null,
    endpoint_arn varchar(300),
    enabled      boolean       not null default true,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    constraint push_devices_platform_known check (platform in ('IOS', 'ANDROID'))
);
create unique index push_devices_unique_token on push_devices (platform, token_hash);
create index push_devices_by_account on push_devices (account_id);

-- price_drop_email: where price-drop notices also go by e-mail (the address the shopper opted in with); null: in-app only
create table member_settings (
    account_id       uuid primary key,
    price_drop_email varchar(254),
    updated_at       timestamptz not null
);
