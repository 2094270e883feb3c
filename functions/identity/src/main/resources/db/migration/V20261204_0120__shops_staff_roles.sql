-- Shops, staff and roles (issue 14): roles as named sets of permissions, invitations, shop applications.

-- Built-in roles have no merchant and a key (their names are the console's words for the key); custom roles belong
-- to one merchant and have a name of their own. Permissions: comma-separated StaffPermission names.
create table merchant_roles (
    id          uuid primary key,
    merchant_id uuid references merchants (id) on delete cascade,
    role_key    varchar(40),
    name        varchar(60)  not null,
    permissions varchar(200) not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint merchant_roles_built_in_or_own check ((merchant_id is null) = (role_key is not null))
);
create unique index merchant_roles_key_unique on merchant_roles (role_key) where role_key is not null;
create unique index merchant_roles_name_unique on merchant_roles (merchant_id, lower(name)) where merchant_id is not null;

insert into merchant_roles (id, merchant_id, role_key, name, permissions, created_at, updated_at) values
    ('00000000-0000-4000-8000-000000000101', null, 'owner', 'Owner',
        'IMPORTS,MESSAGES,ORDERS,PRODUCTS,SETTINGS,STAFF,STATISTICS', now(), now()),
    ('00000000-0000-4000-8000-000000000102', null, 'manager', 'Manager',
        'IMPORTS,MESSAGES,ORDERS,PRODUCTS,SETTINGS,STATISTICS', now(), now()),
    ('00000000-0000-4000-8000-000000000103', null, 'order-clerk', 'Order clerk', 'ORDERS', now(), now()),
    ('00000000-0000-4000-8000-000000000104', null, 'product-editor', 'Product editor', 'IMPORTS,PRODUCTS', now(), now()),
    ('00000000-0000-4000-8000-000000000105', null, 'customer-service', 'Customer service', 'MESSAGES,ORDERS', now(), now()),
    ('00000000-0000-4000-8000-000000000106', null, 'analyst', 'Analyst', 'STATISTICS', now(), now());

-- The roles a member holds; merchant_staff.permissions stays the union of them (what tokens and the identity
-- contract read), kept by identity whenever roles change.
create table merchant_staff_roles (
    account_id uuid not null references merchant_staff (account_id) on delete cascade,
    role_id    uuid not null references merchant_roles (id),
    primary key (account_id, role_id)
);
create index merchant_staff_roles_by_role on merchant_staff_roles (role_id);

-- Staff of before roles keep what they could do: imports were part of products, shipping rules part of orders.
update merchant_staff set permissions = permissions || ',IMPORTS'
    where permissions like '%PRODUCTS%' and permissions not like '%IMPORTS%';
update merchant_staff set permissions = permissions || ',SETTINGS'
    where permissions like '%ORDERS%' and permissions not like '%SETTINGS%';
update merchant_staff set permissions = 'IMPORTS,MESSAGES,ORDERS,PRODUCTS,SETTINGS,STAFF,STATISTICS' where owner;
insert into merchant_staff_roles (account_id, role_id)
    select account_id, '00000000-0000-4000-8000-000000000101' from merchant_staff where owner;
insert into merchant_roles (id, merchant_id, name, permissions, created_at, updated_at)
    select gen_random_uuid(), merchant_id, 'Staff (' || lower(replace(permissions, ',', ', ')) || ')', permissions, now(), now()
    from (select distinct merchant_id, permissions from merchant_staff where not owner and permissions <> '') earlier;
insert into merchant_staff_roles (account_id, role_id)
    select s.account_id, r.id from merchant_staff s
    join merchant_roles r on r.merchant_id = s.merchant_id and r.permissions = s.permissions
    where not s.owner;

-- An invitation to join a shop: sent by the platform (an owner's, invited_by null) or by its staff. Only the code's
-- SHA-256 is kept; it works once, until it expires or is revoked.
create table merchant_invitations (
    id          uuid primary key,
    merchant_id uuid         not null references merchants (id) on delete cascade,
    login       varchar(254) not null,
    owner       boolean      not null,
    code_hash   varchar(64)  not null,
    status      varchar(12)  not null,
    invited_by  uuid references accounts (id) on delete set null,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null,
    decided_at  timestamptz,
    accepted_by uuid references accounts (id) on delete set null,
    version     bigint       not null default 0,
    constraint merchant_invitations_status_known check (status in ('PENDING', 'ACCEPTED', 'REVOKED'))
);
create unique index merchant_invitations_code_unique on merchant_invitations (code_hash);
create index merchant_invitations_by_merchant on merchant_invitations (merchant_id, created_at desc);

create table merchant_invitation_roles (
    invitation_id uuid not null references merchant_invitations (id) on delete cascade,
    role_id       uuid not null references merchant_roles (id),
    primary key (invitation_id, role_id)
);
create index merchant_invitation_roles_by_role on merchant_invitation_roles (role_id);

-- A business asking for a shop; an admin approves it (a shop and an owner invitation) or rejects it.
create table shop_applications (
    id             uuid primary key,
    business_name  varchar(120) not null,
    contact_name   varchar(80)  not null,
    contact_login  varchar(254) not null,
    message        varchar(1000),
    status         varchar(12)  not null,
    merchant_id    uuid references merchants (id) on delete set null,
    decided_by     uuid references accounts (id) on delete set null,
    decided_at     timestamptz,
    decision_note  varchar(300),
    created_at     timestamptz  not null,
    version        bigint       not null default 0,
    constraint shop_applications_status_known check (status in ('PENDING', 'APPROVED', 'REJECTED'))
);
create index shop_applications_by_status on shop_applications (status, created_at);
