-- Issue 13: points ledger, coupon wallet and verified-member benefits (README "Points", "Coupon wallet").

-- One row per account that ever had points: the row checkout, refunds, adjustments and the expiry job lock
-- (select ... for update) so that the account's entries are written one transaction at a time. It holds no balance.
create table points_accounts (
    account_id uuid primary key,
    created_at timestamptz not null
);

-- The ledger: the balance is the sum of amount. Earned lots (and positive adjustments, points given back) carry
-- expires_at; points are consumed first-in first-out by expiry, so what expires at T is what the lots expiring by T
-- brought in beyond everything taken out so far (see README).
create table points_entries (
    id         bigserial primary key,
    account_id uuid         not null references points_accounts (account_id),
    amount     bigint       not null check (amount <> 0),
    reason     varchar(20)  not null,
    -- order:<number>, refund:<id>, checkout:<id>, adjustment:<id>, expiry
    source     varchar(120) not null,
    note       varchar(300),
    -- who wrote an ADJUSTED entry (platform-admin:<id>); shown to admins, not to the shopper
    by_actor   varchar(80),
    created_at timestamptz  not null,
    expires_at timestamptz,
    constraint points_entries_reason_known check (reason in
        ('EARNED', 'SPENT', 'CLAWED_BACK', 'EXPIRED', 'REFUND_OF_SPEND', 'ADJUSTED')),
    constraint points_entries_sign check (
        (reason in ('EARNED', 'REFUND_OF_SPEND') and amount > 0)
        or (reason in ('SPENT', 'CLAWED_BACK', 'EXPIRED') and amount < 0)
        or reason = 'ADJUSTED')
);
create index points_entries_by_account on points_entries (account_id, id desc);
create index points_entries_by_source on points_entries (source);
-- an order earns once
create unique index points_entries_earned_once on points_entries (source) where reason = 'EARNED';

-- what a checkout's orders carry for points and member benefits; discount_minor includes points_value_minor
alter table orders add column points_spent bigint not null default 0 check (points_spent >= 0);
alter table orders add column points_value_minor bigint not null default 0 check (points_value_minor >= 0);
alter table orders add column member_saving_minor bigint not null default 0 check (member_saving_minor >= 0);
-- the shopper's verified state at checkout (jobs that post points have no token to ask)
alter table orders add column member_verified boolean not null default false;
alter table orders add constraint orders_points_within_discount check (points_value_minor <= discount_minor);

-- the list price of a line sold at a member price (null: sold at the list price)
alter table order_lines add column list_price_minor bigint;

-- coupons shoppers collect into a wallet (published), and coupons for verified members only
alter table coupons add column published boolean not null default false;
alter table coupons add column collect_from timestamptz;
alter table coupons add column collect_until timestamptz;
-- how many may be collected in all (null: no limit) and how many were
alter table coupons add column collect_stock integer check (collect_stock is null or collect_stock > 0);
alter table coupons add column collected_count integer not null default 0;
alter table coupons add column per_customer_limit integer not null default 1 check (per_customer_limit > 0);
-- a collected coupon is valid this many days from collecting (never past valid_until); null: valid_from..valid_until
alter table coupons add column valid_days integer check (valid_days is null or valid_days > 0);
alter table coupons add column members_only boolean not null default false;
alter table coupons add constraint coupons_collected_within_stock
    check (collect_stock is null or collected_count <= collect_stock);

create table coupon_wallet (
    id           uuid primary key,
    coupon_id    uuid        not null references coupons (id),
    account_id   uuid        not null,
    collected_at timestamptz not null,
    valid_from   timestamptz not null,
    valid_until  timestamptz not null,
    used_at      timestamptz,
    checkout_id  uuid references checkouts (id),
    constraint coupon_wallet_used_has_checkout check ((used_at is null) = (checkout_id is null))
);
create index coupon_wallet_by_account on coupon_wallet (account_id, collected_at desc);
create index coupon_wallet_by_coupon on coupon_wallet (coupon_id, account_id);
