-- Shop profiles (issue 14): what a merchant's staff say about their shop besides its name (merchants.name).
-- service_hours is a week as io.bazaar.identity.contract.ServiceHours writes it: "MONDAY 09:00-18:00,TUESDAY ...".
create table shop_profiles (
    merchant_id        uuid primary key references merchants (id) on delete cascade,
    description        varchar(2000) not null default '',
    logo_key           varchar(200),
    return_name        varchar(80),
    return_phone       varchar(20),
    return_country     varchar(2),
    return_region      varchar(80),
    return_city        varchar(80),
    return_postal_code varchar(20),
    return_line1       varchar(200),
    return_line2       varchar(200),
    service_hours      varchar(400)  not null default '',
    time_zone          varchar(64)   not null default 'UTC',
    updated_at         timestamptz   not null default now(),
    updated_by         uuid
);
