-- Identity: shopper, merchant-staff and platform-admin accounts.
create table merchants (
    id         uuid primary key,
    name       varchar(120) not null,
    created_at timestamptz  not null default now()
);

create table accounts (
    id              uuid primary key,
    email           varchar(254),
    phone           varchar(16),
    password_hash   varchar(100) not null,
    display_name    varchar(80),
    status          varchar(24)  not null,
    platform_admin  boolean      not null default false,
    session_version integer      not null default 0,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    activated_at    timestamptz,
    version         bigint       not null default 0,
    constraint accounts_status_known check (status in ('PENDING_ACTIVATION', 'ACTIVE', 'DISABLED')),
    constraint accounts_login_present check (email is not null or phone is not null)
);
create unique index accounts_email_unique on accounts (email) where email is not null;
create unique index accounts_phone_unique on accounts (phone) where phone is not null;

create table merchant_staff (
    account_id  uuid primary key references accounts (id) on delete cascade,
    merchant_id uuid         not null references merchants (id) on delete cascade,
    owner       boolean      not null default false,
    permissions varchar(200) not null default '',
    created_at  timestamptz  not null default now()
);
create index merchant_staff_by_merchant on merchant_staff (merchant_id);
